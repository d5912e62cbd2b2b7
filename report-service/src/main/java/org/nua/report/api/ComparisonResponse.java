package org.nua.report.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.report.domain.Comparison;
import org.nua.report.domain.ComparisonSummary;
import org.nua.report.domain.Direction;

@Schema(name = "Comparison", description = "One indicator across the countries, ranked by its desired direction")
public record ComparisonResponse(
    IndicatorSummary indicator,
    @Schema(description = "Series compared; empty when the indicator has a single series", examples = "EN_ATM_PM25")
    String series,
    @Schema(nullable = true, description = "The breakdown compared, such as LOCATION=URBAN; null for national totals",
        examples = "LOCATION=URBAN")
    String disaggregation,
    @Schema(nullable = true, description = "The year asked for, or null when each country's latest value is shown",
        examples = "2016")
    Integer year,
    @Schema(description = "Language of the names in this response", examples = "en")
    String language,
    @Schema(description = "Ranked countries first (rank 1 is best), then countries without a value")
    List<CountryValue> countries,
    @Schema(description = "Min, max, mean and median of the countries with a value, and their mean weighted by "
        + "urban population")
    ComparisonSummary.Statistics statistics,
    @Schema(description = "Means by UN M49 sub-region, each naming the countries it averages; never ranked with "
        + "the countries")
    List<ComparisonSummary.RegionalMean> regions,
    @Schema(description = "Reasons to be careful comparing these values: MIXED_NATURE, YEARS_APART")
    List<ComparisonSummary.Warning> warnings) {

    @Schema(name = "ComparedIndicator")
    public record IndicatorSummary(
        @Schema(examples = "11.6.2") String code,
        String name,
        @Schema(nullable = true, examples = "mgr/m^3") String unit,
        @Schema(nullable = true) Direction desiredDirection) {
    }

    @Schema(name = "CountryValue")
    public record CountryValue(
        @Schema(nullable = true, description = "1 is best; equal values share a rank; null without a value",
            examples = "1")
        Integer rank,
        @Schema(examples = "JOR") String countryCode,
        @Schema(examples = "Jordan") String countryName,
        @Schema(nullable = true) BigDecimal value,
        @Schema(nullable = true, description = "The year this value is for", examples = "2016") Integer year,
        @Schema(nullable = true, description = "Nature of the data (C, CA, E, G, M, N)", examples = "E") String nature,
        @Schema(nullable = true) String source) {
    }

    static ComparisonResponse of(Comparison c, List<Locale> languages) {
        ComparisonSummary summary = c.summary();
        return new ComparisonResponse(
            new IndicatorSummary(c.indicator().code(), Names.pick(c.indicator().names(), languages),
                c.indicator().unit(), c.indicator().direction()),
            c.seriesCode(), c.disaggregation().isEmpty() ? null : c.disaggregation(), c.year(),
            Names.language(c.indicator().names(), languages),
            c.rows().stream().map(r -> new CountryValue(r.rank(), r.country().code(),
                Names.pick(r.country().names(), languages), r.value(), r.year(), r.nature(), r.source())).toList(),
            summary.statistics(), summary.regions(), summary.warnings());
    }
}
