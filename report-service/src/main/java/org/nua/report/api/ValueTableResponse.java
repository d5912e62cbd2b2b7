package org.nua.report.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.report.domain.ComparisonSummary;
import org.nua.report.domain.ValueTable;

@Schema(name = "ValueTable", description = "One indicator's values for chosen countries and years; a missing "
    + "value is simply absent from its country's list")
public record ValueTableResponse(
    ComparisonResponse.IndicatorSummary indicator,
    @Schema(examples = "EN_ATM_PM25") String series,
    @Schema(nullable = true, description = "The breakdown tabulated, such as LOCATION=URBAN; null for national totals",
        examples = "LOCATION=URBAN") String disaggregation,
    @Schema(description = "First year asked for", examples = "2010") int from,
    @Schema(description = "Last year asked for", examples = "2020") int to,
    @Schema(description = "Language of the names in this response", examples = "en") String language,
    @Schema(description = "The years with at least one value, ascending") List<Integer> years,
    @Schema(description = "The countries in the order asked for (all nine by code when none were named)")
    List<CountryValues> countries,
    @Schema(description = "Reasons to be careful comparing these values: MIXED_NATURE")
    List<ComparisonSummary.Warning> warnings) {

    @Schema(name = "CountryValues")
    public record CountryValues(@Schema(examples = "JOR") String countryCode,
                                @Schema(examples = "Jordan") String countryName,
                                List<YearValue> values) {
    }

    @Schema(name = "YearValue")
    public record YearValue(@Schema(examples = "2016") int year, @Schema(nullable = true) BigDecimal value,
                            @Schema(nullable = true, description = "Nature of the data (C, CA, E, G, M, N)",
                                examples = "E")
                            String nature) {
    }

    static ValueTableResponse of(ValueTable table, List<Locale> languages) {
        return new ValueTableResponse(
            new ComparisonResponse.IndicatorSummary(table.indicator().code(),
                Names.pick(table.indicator().names(), languages), table.indicator().unit(),
                table.indicator().direction()),
            table.seriesCode(), table.disaggregation().isEmpty() ? null : table.disaggregation(), table.from(),
            table.to(), Names.language(table.indicator().names(), languages),
            table.years(),
            table.rows().stream().map(r -> new CountryValues(r.country().code(),
                Names.pick(r.country().names(), languages), r.values().entrySet().stream()
                    .map(e -> new YearValue(e.getKey(), e.getValue().value(), e.getValue().nature())).toList()))
                .toList(),
            table.warnings());
    }
}
