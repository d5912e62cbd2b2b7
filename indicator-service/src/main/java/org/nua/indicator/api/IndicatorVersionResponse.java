package org.nua.indicator.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.indicator.domain.IndicatorVersion;

@Schema(name = "IndicatorVersion", description = "One version of an indicator, as it was published")
public record IndicatorVersionResponse(
    @Schema(examples = "1") int version,
    @Schema(description = "PUBLISHED, UPDATED or RETIRED") IndicatorVersion.Change change,
    Instant changedAt,
    @Schema(type = SchemaType.OBJECT, description = "The full indicator at that version, as its event carried it "
        + "(the payload of indicator.events: see docs/asyncapi.yaml)")
    @JsonRawValue String indicator) {

    static IndicatorVersionResponse of(IndicatorVersion v) {
        return new IndicatorVersionResponse(v.version(), v.change(), v.changedAt(), v.snapshot());
    }
}
