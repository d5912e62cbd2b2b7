package org.nua.report.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.report.domain.Direction;
import org.nua.report.domain.IndicatorView;
import org.nua.report.domain.ProgressService;
import org.nua.report.domain.progress.ProgressResult;

@Schema(name = "Progress", description = "Progress towards 2030 of one indicator in each country, by each method")
public record ProgressResponse(
    ProgressIndicator indicator,
    @Schema(description = "Series assessed; empty when the indicator has a single series", examples = "EN_LND_SLUM")
    String series,
    List<CountryProgress> countries) {

    @Schema(name = "ProgressIndicator")
    public record ProgressIndicator(
        @Schema(examples = "11.1.1") String code,
        String name,
        @Schema(nullable = true, examples = "PERCENT") String unit,
        @Schema(nullable = true) Direction desiredDirection,
        @Schema(nullable = true, description = "Value to reach, if the catalogue gives one", examples = "0")
        BigDecimal targetValue,
        @Schema(nullable = true, examples = "2030") Integer targetYear,
        @Schema(description = "True when target or direction is a convention, not an official UN target")
        boolean targetIsConvention) {
    }

    @Schema(name = "CountryProgress")
    public record CountryProgress(
        @Schema(examples = "JOR") String countryCode,
        String countryName,
        @Schema(description = "The values assessed, oldest first") List<Point> values,
        @Schema(description = "One result per method; empty when the country has no value")
        List<Assessment> assessments) {
    }

    @Schema(name = "ProgressPoint")
    public record Point(int year, BigDecimal value) {
    }

    @Schema(name = "ProgressAssessment")
    public record Assessment(
        @Schema(description = "UNSD_PROGRESS_CHART or OPEN_SDG_STATCAN") String method,
        @Schema(examples = "2023") String methodVersion,
        @Schema(description = "The method's own status name", examples = "FAIR_PROGRESS_ACCELERATION_NEEDED")
        String status,
        @Schema(nullable = true, description = "UNSD: 1 to 3; Open SDG: -5 to +5; null when not assessed") Double score,
        @Schema(description = "Base and latest year and value, target, direction, growth rates and ratio used")
        Map<String, Object> parameters,
        @Schema(nullable = true) String reason) {

        static Assessment of(ProgressResult r) {
            return new Assessment(r.method(), r.methodVersion(), r.status(), r.score(), r.parameters(), r.reason());
        }
    }

    static ProgressResponse of(ProgressService.Progress p, List<Locale> languages) {
        IndicatorView i = p.indicator();
        IndicatorView.Targets t = i.targets();
        return new ProgressResponse(
            new ProgressIndicator(i.code(), Names.pick(i.names(), languages), i.unit(), i.direction(), t.value(),
                t.year(), t.convention()),
            p.seriesCode(),
            p.countries().stream().map(c -> new CountryProgress(c.country().code(),
                Names.pick(c.country().names(), languages),
                c.values().stream().map(v -> new Point(v.year(), v.value())).toList(),
                c.assessments().stream().map(Assessment::of).toList())).toList());
    }
}
