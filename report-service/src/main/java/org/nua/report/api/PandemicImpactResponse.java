package org.nua.report.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.report.domain.Direction;
import org.nua.report.domain.ProgressService;
import org.nua.report.domain.progress.PandemicImpact;

@Schema(name = "PandemicImpact",
    description = "Values from 2020 on against the trend of 2010-2019, per country, for one indicator")
public record PandemicImpactResponse(
    @Schema(examples = "11-3-1") String indicator,
    String name,
    @Schema(nullable = true) Direction desiredDirection,
    @Schema(description = "Series assessed; empty when the indicator has a single series") String series,
    @Schema(examples = "PRE_2020_LINEAR_TREND") String method,
    @Schema(examples = "1") String methodVersion,
    List<Country> countries) {

    @Schema(name = "PandemicImpactCountry")
    public record Country(
        @Schema(examples = "KAZ") String countryCode,
        String countryName,
        @Schema(description = "False when 2010-2019 has fewer than three values or nothing comes after")
        boolean enoughData,
        @Schema(nullable = true, description = "The fitted line: value = intercept + slope * (year - 2010)")
        PandemicImpact.Trend trend,
        List<PandemicImpact.YearDeviation> years,
        @Schema(description = "Every value used, oldest first") List<Point> values) {
    }

    @Schema(name = "PandemicImpactPoint")
    public record Point(int year, BigDecimal value) {
    }

    static PandemicImpactResponse of(ProgressService.Impact impact, List<Locale> languages) {
        return new PandemicImpactResponse(impact.indicator().code(), Names.pick(impact.indicator().names(), languages),
            impact.indicator().direction(), impact.seriesCode(), PandemicImpact.METHOD, PandemicImpact.VERSION,
            impact.countries().stream().map(c -> new Country(c.country().code(),
                Names.pick(c.country().names(), languages), c.impact().isPresent(),
                c.impact().map(PandemicImpact.Result::trend).orElse(null),
                c.impact().map(PandemicImpact.Result::years).orElse(List.of()),
                c.values().stream().map(v -> new Point(v.year(), v.value())).toList())).toList());
    }
}
