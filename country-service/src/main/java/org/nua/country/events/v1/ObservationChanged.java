package org.nua.country.events.v1;

import java.math.BigDecimal;
import java.time.Instant;

import org.nua.country.domain.Observation;
import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationValue;

/**
 * Data of {@code observation.recorded.v1} and {@code observation.revised.v1}: the observation's natural key
 * and its current revision in full ({@code previousValue} only on a revision).
 */
public record ObservationChanged(String countryCode, String indicatorCode, String seriesCode, int year,
                                 BigDecimal value, String unit, String nature, String source, int revision,
                                 BigDecimal previousValue, Instant recordedAt) {

    public static final String RECORDED = "observation.recorded.v1";
    public static final String REVISED = "observation.revised.v1";

    public static ObservationChanged of(Observation observation, BigDecimal previousValue) {
        ObservationKey k = observation.key();
        ObservationValue v = observation.currentValue();
        return new ObservationChanged(k.countryCode(), k.indicatorCode(), k.seriesCode(), k.year(), v.value(),
            v.unit(), v.nature(), v.source(), observation.revision(), previousValue, observation.updatedAt());
    }

    /** Kafka key: one country's series of one indicator stays in order on one partition. */
    public String subject() {
        return countryCode + ":" + indicatorCode;
    }
}
