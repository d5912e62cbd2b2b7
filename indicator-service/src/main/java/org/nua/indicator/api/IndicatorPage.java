package org.nua.indicator.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorPage", description = "One page of indicators, ordered by framework then code")
public record IndicatorPage(
    List<IndicatorResponse> items,
    @Schema(description = "Zero-based page number", examples = "0") int page,
    @Schema(description = "Requested page size", examples = "50") int size,
    @Schema(description = "Indicators matching the filters", examples = "16") long total) {
}
