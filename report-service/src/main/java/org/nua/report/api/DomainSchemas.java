package org.nua.report.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import org.nua.platform.openapi.NullableProperties;

/**
 * Which properties of the domain records answered as they are may be null: statistics of a comparison without
 * values, scores of what could not be assessed, the relative deviation from a zero trend, the instant a partition
 * stalled.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class DomainSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        NullableProperties.apply(openAPI, Map.of(
            "Statistics", List.of("min", "max", "mean", "median", "populationWeightedMean"),
            "TargetScore", List.of("score"),
            "IndicatorScore", List.of("score"),
            "SeriesScore", List.of("score"),
            "YearDeviation", List.of("relativeDeviation"),
            "PartitionLag", List.of("stalledSince"),
            "ReportParameters", List.of("country", "indicator", "series")));
    }
}
