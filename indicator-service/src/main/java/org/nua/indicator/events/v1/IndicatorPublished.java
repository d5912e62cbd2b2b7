package org.nua.indicator.events.v1;

import java.time.Instant;
import java.util.Map;

import org.nua.indicator.domain.DesiredDirection;
import org.nua.indicator.domain.Indicator;

/**
 * Data of {@code indicator.published.v1}: the full indicator, so a new consumer can rebuild the catalogue
 * from the compacted topic alone. Fields may be added within v1; nothing is renamed or removed.
 */
public record IndicatorPublished(String code, Map<String, String> names, String unit,
                                 DesiredDirection desiredDirection, int version, Instant createdAt,
                                 Instant updatedAt) {

    public static final String TYPE = "indicator.published.v1";

    public static IndicatorPublished of(Indicator indicator) {
        return new IndicatorPublished(indicator.code(), indicator.names(), indicator.unit(),
            indicator.desiredDirection(), indicator.version(), indicator.createdAt(), indicator.updatedAt());
    }
}
