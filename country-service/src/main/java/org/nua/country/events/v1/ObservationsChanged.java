package org.nua.country.events.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nua.country.domain.ObservationChange;
import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationState;
import org.nua.country.domain.ObservationValue;

/**
 * Data of {@code observation.recorded.v1} and {@code observation.revised.v1}: observations of one country and
 * indicator that one write recorded (or revised), each with its natural key and its current revision in full.
 * A batch of 10,000 rows is a few such events, not 10,000 (at most {@code nua.events.max-observations} each).
 * Fields may be added within v1; nothing is renamed or removed.
 */
public record ObservationsChanged(String countryCode, String indicatorCode, List<Item> observations) {

    public static final String RECORDED = "observation.recorded.v1";
    public static final String REVISED = "observation.revised.v1";

    /**
     * One observation.
     *
     * @param cityCode       null for the country as a whole
     * @param disaggregation dimension to code; empty for the total
     * @param previousValue  the value before a revision; null when recorded, or revised after a withdrawal
     */
    public record Item(String cityCode, String seriesCode, int year, Map<String, String> disaggregation,
                       BigDecimal value, String unit, String nature, String source, String footnote, String status,
                       String agencyCode, int revision, BigDecimal previousValue, Instant recordedAt) {

        public static Item of(ObservationChange change) {
            ObservationState s = change.state();
            ObservationKey k = s.key();
            ObservationValue v = s.value();
            return new Item(k.cityCode().isEmpty() ? null : k.cityCode(), k.seriesCode(), k.year(),
                k.disaggregation().dimensions(), v.value(), v.unit(), v.nature(), v.source(), v.footnote(),
                v.status(), v.agencyCode(), s.revision(), change.previousValue(), s.recordedAt());
        }
    }

    /** Kafka key: one country's observations of one indicator stay in order on one partition. */
    public static String subject(String countryCode, String indicatorCode) {
        return countryCode + ":" + indicatorCode;
    }
}
