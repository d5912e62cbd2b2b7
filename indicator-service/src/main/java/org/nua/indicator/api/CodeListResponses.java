package org.nua.indicator.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.indicator.domain.CodeListService;
import org.nua.indicator.domain.Unit;

/** Response bodies of the code lists; every name comes in the requested language and in all of them. */
final class CodeListResponses {

    private CodeListResponses() {
    }

    @Schema(name = "Framework", description = "A framework of indicators with its goals and targets")
    record FrameworkResponse(@Schema(examples = "SDG") String code, String name, Map<String, String> names,
                             @Schema(description = "Who defines it") String source, List<GoalResponse> goals) {

        static FrameworkResponse of(CodeListService.FrameworkTree tree, List<Locale> languages) {
            return new FrameworkResponse(tree.framework().code(), Languages.name(tree.framework().names(), languages),
                tree.framework().names(), tree.framework().source(),
                tree.goals().stream().map(g -> GoalResponse.of(g, languages)).toList());
        }
    }

    @Schema(name = "Goal")
    record GoalResponse(@Schema(examples = "11") String code, String name, @Schema(nullable = true) String shortName,
                        Map<String, String> names,
                        List<TargetResponse> targets) {

        static GoalResponse of(CodeListService.GoalTree tree, List<Locale> languages) {
            return new GoalResponse(tree.goal().code(), Languages.name(tree.goal().names(), languages),
                tree.goal().shortNames().isEmpty() ? null : Languages.name(tree.goal().shortNames(), languages),
                tree.goal().names(),
                tree.targets().stream().map(t -> new TargetResponse(t.code(), Languages.name(t.names(), languages),
                    t.names())).toList());
        }
    }

    @Schema(name = "Target")
    record TargetResponse(@Schema(examples = "11.6") String code, String name, Map<String, String> names) {
    }

    @Schema(name = "Unit", description = "A unit of measure, with the natural limits of its values")
    record UnitResponse(@Schema(examples = "PERCENT") String code, String name, Map<String, String> names,
                        @Schema(nullable = true, examples = "0") BigDecimal minValue,
                        @Schema(nullable = true, examples = "100") BigDecimal maxValue) {

        static UnitResponse of(Unit unit, List<Locale> languages) {
            return new UnitResponse(unit.code(), Languages.name(unit.names(), languages), unit.names(),
                unit.minValue(), unit.maxValue());
        }
    }

    @Schema(name = "Dimension", description = "A disaggregation dimension and its code list")
    record DimensionResponse(@Schema(examples = "LOCATION") String code, String name, Map<String, String> names,
                             List<CodeResponse> codes) {

        static DimensionResponse of(CodeListService.DimensionCodes d, List<Locale> languages) {
            return new DimensionResponse(d.dimension().code(), Languages.name(d.dimension().names(), languages),
                d.dimension().names(), d.codes().stream()
                    .map(c -> new CodeResponse(c.code(), Languages.name(c.names(), languages))).toList());
        }
    }

    @Schema(name = "DimensionCode")
    record CodeResponse(@Schema(examples = "URBAN") String code, String name) {
    }
}
