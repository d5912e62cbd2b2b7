package org.nua.country.events.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nua.country.domain.ObservationChange;
import org.nua.country.domain.ObservationKey;

/**
 * Data of {@code observation.withdrawn.v1}: observations of one country and indicator that no longer stand.
 * Their history stays in country-service; read models drop them. A later submission records one again as a
 * revision.
 */
public record ObservationsWithdrawn(String countryCode, String indicatorCode, List<Item> observations) {

    public static final String WITHDRAWN = "observation.withdrawn.v1";

    /** One withdrawn observation, by natural key, with the revision the withdrawal is and the value it ends. */
    public record Item(String cityCode, String seriesCode, int year, Map<String, String> disaggregation,
                       int revision, BigDecimal previousValue, Instant withdrawnAt) {

        public static Item of(ObservationChange change) {
            ObservationKey k = change.state().key();
            return new Item(k.cityCode().isEmpty() ? null : k.cityCode(), k.seriesCode(), k.year(),
                k.disaggregation().dimensions(), change.state().revision(), change.previousValue(),
                change.state().recordedAt());
        }
    }
}
