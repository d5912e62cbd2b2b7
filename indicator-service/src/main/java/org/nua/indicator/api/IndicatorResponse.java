package org.nua.indicator.api;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.indicator.domain.DesiredDirection;
import org.nua.indicator.domain.Indicator;

@Schema(name = "Indicator", description = "An indicator of the catalogue")
public record IndicatorResponse(
    @Schema(examples = "11.6.2") String code,
    @Schema(description = "Names by language tag") Map<String, String> names,
    @Schema(examples = "PERCENT") String unit,
    DesiredDirection desiredDirection,
    @Schema(description = "Catalogue version of this indicator; grows with every change", examples = "0") int version,
    Instant createdAt,
    Instant updatedAt) {

    static IndicatorResponse of(Indicator indicator) {
        return new IndicatorResponse(indicator.code(), indicator.names(), indicator.unit(),
            indicator.desiredDirection(), indicator.version(), indicator.createdAt(), indicator.updatedAt());
    }
}
