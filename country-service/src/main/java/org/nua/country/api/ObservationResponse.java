package org.nua.country.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationService;
import org.nua.country.domain.ObservationState;
import org.nua.country.domain.ObservationValue;

@Schema(name = "Observation", description = "One observation as it stands (or stood at the instant asked for)")
public record ObservationResponse(
    @Schema(examples = "JOR") String countryCode,
    @Schema(nullable = true, description = "Absent for the country as a whole", examples = "21700") String cityCode,
    @Schema(examples = "11.6.2") String indicatorCode,
    @Schema(description = "Empty when the indicator has a single series", examples = "EN_ATM_PM25") String seriesCode,
    @Schema(examples = "2016") int year,
    @Schema(description = "Breakdown, dimension to code; empty for the total") Map<String, String> disaggregation,
    @Schema(nullable = true, description = "Absent when this revision withdrew the observation") BigDecimal value,
    @Schema(nullable = true, examples = "mgr/m^3") String unit,
    @Schema(nullable = true, examples = "E") String nature,
    @Schema(nullable = true) String source,
    @Schema(nullable = true) String footnote,
    @Schema(nullable = true, description = "FINAL or PROVISIONAL") String status,
    @Schema(nullable = true, description = "The partner agency that submitted this revision") String agencyCode,
    @Schema(description = "1 when first recorded; grows with each change", examples = "1") int revision,
    @Schema(description = "True when this revision withdrew the observation") boolean withdrawn,
    @Schema(nullable = true, description = "What this submission did: RECORDED, REVISED or UNCHANGED") String outcome,
    Instant createdAt,
    @Schema(description = "When this revision was recorded") Instant updatedAt) {

    static ObservationResponse of(ObservationState state) {
        return of(state, null);
    }

    static ObservationResponse of(ObservationState state, ObservationService.Outcome outcome) {
        ObservationKey k = state.key();
        ObservationValue v = state.value();
        boolean withdrawn = v == null;
        return new ObservationResponse(k.countryCode(), k.cityCode().isEmpty() ? null : k.cityCode(),
            k.indicatorCode(), k.seriesCode(), k.year(), k.disaggregation().dimensions(),
            withdrawn ? null : v.value(), withdrawn ? null : v.unit(), withdrawn ? null : v.nature(),
            withdrawn ? null : v.source(), withdrawn ? null : v.footnote(), withdrawn ? null : v.status(),
            withdrawn ? null : v.agencyCode(), state.revision(), withdrawn, outcome == null ? null : outcome.name(),
            state.createdAt(), state.recordedAt());
    }
}
