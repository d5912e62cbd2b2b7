package org.nua.report.api;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.report.domain.ProgressService;
import org.nua.report.domain.progress.OpenSdgProgress;
import org.nua.report.domain.progress.ProgressAggregation;

@Schema(name = "GoalProgress", description = "Open SDG progress scores of one SDG goal per country, from its "
    + "series up to indicators, targets and the goal")
public record GoalProgressResponse(
    @Schema(examples = "11") String goal,
    @Schema(examples = OpenSdgProgress.METHOD) String method,
    @Schema(examples = OpenSdgProgress.VERSION) String methodVersion,
    @Schema(description = "How scores are combined") String aggregation,
    List<Country> countries) {

    @Schema(name = "GoalProgressCountry")
    public record Country(@Schema(examples = "JOR") String countryCode, String countryName,
                          @Schema(nullable = true, description = "-5 to +5; null when nothing could be assessed")
                          Double score,
                          List<ProgressAggregation.TargetScore> targets) {
    }

    static GoalProgressResponse of(String goal, List<ProgressService.CountryGoalProgress> countries,
                                   List<Locale> languages) {
        return new GoalProgressResponse(goal, OpenSdgProgress.METHOD, OpenSdgProgress.VERSION,
            ProgressAggregation.DESCRIPTION, countries.stream().map(c -> new Country(c.country().code(),
                Names.pick(c.country().names(), languages), c.goal().score(), c.goal().targets())).toList());
    }
}
