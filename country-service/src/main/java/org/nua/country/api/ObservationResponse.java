package org.nua.country.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.country.domain.Observation;
import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationValue;
import org.nua.country.domain.ObservationService;
import org.nua.country.domain.ObservationState;

@Schema(name = "Observation", description = "The current revision of one observation")
public record ObservationResponse(
    @Schema(examples = "JOR") String countryCode,
    @Schema(examples = "11.6.2") String indicatorCode,
    @Schema(description = "Empty when the indicator has a single series", examples = "EN_ATM_PM25") String seriesCode,
    @Schema(examples = "2016") int year,
    BigDecimal value,
    @Schema(examples = "mgr/m^3") String unit,
    @Schema(examples = "E") String nature,
    String source,
    @Schema(description = "1 when first recorded; grows with each changed value", examples = "1") int revision,
    @Schema(description = "What this submission did: RECORDED, REVISED or UNCHANGED") String outcome,
    Instant createdAt,
    Instant updatedAt) {

    /** An observation as it was known at some instant; updatedAt is when that revision was recorded. */
    static ObservationResponse of(ObservationState state) {
        ObservationKey k = state.key();
        ObservationValue v = state.value();
        return new ObservationResponse(k.countryCode(), k.indicatorCode(), k.seriesCode(), k.year(), v.value(),
            v.unit(), v.nature(), v.source(), state.revision(), null, state.createdAt(), state.recordedAt());
    }

    static ObservationResponse of(Observation observation, ObservationService.Outcome outcome) {
        ObservationKey k = observation.key();
        ObservationValue v = observation.currentValue();
        return new ObservationResponse(k.countryCode(), k.indicatorCode(), k.seriesCode(), k.year(), v.value(),
            v.unit(), v.nature(), v.source(), observation.revision(), outcome == null ? null : outcome.name(),
            observation.createdAt(), observation.updatedAt());
    }
}
