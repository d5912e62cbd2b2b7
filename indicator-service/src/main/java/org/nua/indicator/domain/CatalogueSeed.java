package org.nua.indicator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The catalogue as the reference data describes it, to be brought into the database at start-up. */
public record CatalogueSeed(List<SeedFramework> frameworks, List<SeedGoal> goals, List<SeedTarget> targets,
                            List<SeedUnit> units, List<SeedDimension> dimensions, List<SeedIndicator> indicators) {

    public record SeedFramework(String code, Map<String, String> names, String source) {
    }

    public record SeedGoal(String framework, String code, Map<String, String> names, Map<String, String> shortNames) {
    }

    public record SeedTarget(String framework, String code, String goal, Map<String, String> names) {
    }

    public record SeedUnit(String code, Map<String, String> names, BigDecimal minValue, BigDecimal maxValue) {
    }

    public record SeedDimension(String code, Map<String, String> names, List<SeedCode> codes) {
    }

    public record SeedCode(String code, Map<String, String> names) {
    }

    public record SeedIndicator(String code, IndicatorStatus status, IndicatorDefinition definition) {
    }
}
