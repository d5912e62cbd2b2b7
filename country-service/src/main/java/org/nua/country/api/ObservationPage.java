package org.nua.country.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObservationPage", description = "One page of a country's observations")
public record ObservationPage(List<ObservationResponse> items,
                              @Schema(description = "Observations matching in all") long total,
                              int offset, int limit) {
}
