package org.nua.country.events.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.nua.country.domain.ObservationChange;
import org.nua.country.domain.ObservationKey;

/**
 * Data of {@code observation.withdrawn.v1}: the observation with this natural key no longer stands. Its
 * history stays in country-service; read models drop it. A later submission records it again as a revision.
 */
public record ObservationWithdrawn(String countryCode, String cityCode, String indicatorCode, String seriesCode,
                                   int year, Map<String, String> disaggregation, int revision,
                                   BigDecimal previousValue, Instant withdrawnAt) {

    public static final String WITHDRAWN = "observation.withdrawn.v1";

    public static ObservationWithdrawn of(ObservationChange change) {
        ObservationKey k = change.state().key();
        return new ObservationWithdrawn(k.countryCode(), k.cityCode().isEmpty() ? null : k.cityCode(),
            k.indicatorCode(), k.seriesCode(), k.year(), k.disaggregation().dimensions(), change.state().revision(),
            change.previousValue(), change.state().recordedAt());
    }
}
