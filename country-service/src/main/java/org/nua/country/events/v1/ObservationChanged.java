package org.nua.country.events.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.nua.country.domain.ObservationChange;
import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationState;
import org.nua.country.domain.ObservationValue;

/**
 * Data of {@code observation.recorded.v1} and {@code observation.revised.v1}: the observation's natural key
 * and its current revision in full ({@code previousValue} only on a revision of a value that was not withdrawn).
 * Fields may be added within v1; nothing is renamed or removed.
 *
 * @param cityCode       null for the country as a whole
 * @param disaggregation dimension to code; empty for the total
 */
public record ObservationChanged(String countryCode, String cityCode, String indicatorCode, String seriesCode,
                                 int year, Map<String, String> disaggregation, BigDecimal value, String unit,
                                 String nature, String source, String footnote, String status, String agencyCode,
                                 int revision, BigDecimal previousValue, Instant recordedAt) {

    public static final String RECORDED = "observation.recorded.v1";
    public static final String REVISED = "observation.revised.v1";

    public static ObservationChanged of(ObservationChange change) {
        ObservationState s = change.state();
        ObservationKey k = s.key();
        ObservationValue v = s.value();
        return new ObservationChanged(k.countryCode(), k.cityCode().isEmpty() ? null : k.cityCode(),
            k.indicatorCode(), k.seriesCode(), k.year(), k.disaggregation().dimensions(), v.value(), v.unit(),
            v.nature(), v.source(), v.footnote(), v.status(), v.agencyCode(), s.revision(), change.previousValue(),
            s.recordedAt());
    }

    /** Kafka key: one country's series of one indicator stays in order on one partition. */
    public static String subject(ObservationKey key) {
        return key.countryCode() + ":" + key.indicatorCode();
    }
}
