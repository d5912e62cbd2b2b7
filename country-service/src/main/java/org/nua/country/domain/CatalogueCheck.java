package org.nua.country.domain;

import java.util.Optional;

/**
 * Whether an observation fits the catalogue replica: a known, active indicator, one of its series, and that
 * series' unit (or the indicator's, without a series). Single submissions and batches share it.
 */
final class CatalogueCheck {

    /** One mismatch: the request field at fault, a stable code and a sentence. */
    record Issue(String field, String code, String message) {
    }

    private CatalogueCheck() {
    }

    static Optional<Issue> check(Optional<IndicatorReplica> indicator, String code, String series, String unit) {
        if (indicator.isEmpty()) {
            return Optional.of(new Issue("indicatorCode", "UNKNOWN_INDICATOR", "The indicator '" + code
                + "' is not in the catalogue (a newly created one may take a moment to arrive)."));
        }
        if (!indicator.get().acceptsObservations()) {
            return Optional.of(new Issue("indicatorCode", "INDICATOR_NOT_ACTIVE", "The indicator '" + code + "' is "
                + indicator.get().status() + " and takes no new observations."));
        }
        Optional<String> expected = indicator.get().unitOf(series);
        if (expected.isEmpty()) {
            return Optional.of(new Issue("seriesCode", "UNKNOWN_SERIES", "The series '" + series
                + "' is not one of the catalogue's series of " + code + "."));
        }
        if (!expected.get().equals(unit)) {
            return Optional.of(new Issue("unit", "UNIT_MISMATCH", "The unit '" + unit + "' is not the unit of "
                + (series == null || series.isEmpty() ? code : "series " + series) + ", which is '" + expected.get()
                + "'."));
        }
        return Optional.empty();
    }
}
