package org.nua.indicator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.nua.indicator.persistence.CodeListRepository;
import org.nua.indicator.persistence.IndicatorRepository;
import org.nua.platform.problem.FieldViolation;

/**
 * The rules an indicator must satisfy against the rest of the catalogue. Every broken rule is reported at
 * once, each with the field it concerns, so an editor fixes a request in one round.
 */
@ApplicationScoped
public class CatalogueRules {

    /** The language every indicator must be named in, and the one other languages fall back to. */
    public static final String ENGLISH = "en";

    /** SDG indicator codes: goal.target.number, targets being numbers or letters (11.6.2, 11.a.1). */
    private static final Pattern SDG_CODE = Pattern.compile("(\\d{1,2})\\.([0-9]{1,2}|[a-z])\\.(\\d{1,2})");
    private static final String SDG = "SDG";

    private final CodeListRepository codeLists;
    private final IndicatorRepository indicators;

    CatalogueRules(CodeListRepository codeLists, IndicatorRepository indicators) {
        this.codeLists = codeLists;
        this.indicators = indicators;
    }

    public void check(String code, IndicatorDefinition d) {
        List<FieldViolation> violations = new ArrayList<>();
        String english = d.names().get(ENGLISH);
        if (english == null || english.isBlank()) {
            violations.add(new FieldViolation("/names/en",
                "an English name is required; it is the fallback for every other language"));
        }
        checkPlace(code, d, violations);
        Optional<Unit> unit = codeLists.unit(d.unit());
        if (unit.isEmpty()) {
            violations.add(new FieldViolation("/unit", "'" + d.unit() + "' is not in the unit code list "
                + "(GET /api/v1/units)"));
        }
        checkLimits(d, unit, violations);
        for (String dimension : d.dimensions()) {
            if (codeLists.dimension(dimension).isEmpty()) {
                violations.add(new FieldViolation("/dimensions", "'" + dimension + "' is not a dimension "
                    + "(GET /api/v1/dimensions)"));
            }
        }
        for (Series series : d.series()) {
            if (codeLists.unit(series.unit()).isEmpty()) {
                violations.add(new FieldViolation("/series", "the unit '" + series.unit() + "' of series "
                    + series.code() + " is not in the unit code list"));
            }
        }
        for (String alias : d.aliases()) {
            indicators.ownerOf(alias).filter(owner -> !owner.equals(code)).ifPresent(owner -> violations.add(
                new FieldViolation("/aliases", "'" + alias + "' already names indicator " + owner)));
            if (alias.equals(code)) {
                violations.add(new FieldViolation("/aliases", "an indicator's code is not one of its aliases"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidIndicatorException(violations);
        }
    }

    /** The framework must exist, and the goal and target must be its own and agree with each other and the code. */
    private void checkPlace(String code, IndicatorDefinition d, List<FieldViolation> violations) {
        if (d.framework() == null) {
            violations.add(new FieldViolation("/framework", "required (GET /api/v1/frameworks lists them)"));
            return;
        }
        if (codeLists.framework(d.framework()).isEmpty()) {
            violations.add(new FieldViolation("/framework", "'" + d.framework() + "' is not a framework"));
            return;
        }
        if (d.goal() != null && codeLists.goal(d.framework(), d.goal()).isEmpty()) {
            violations.add(new FieldViolation("/goal", "'" + d.goal() + "' is not a goal of " + d.framework()));
        }
        if (d.target() != null) {
            Optional<Target> target = codeLists.target(d.framework(), d.target());
            if (target.isEmpty()) {
                violations.add(new FieldViolation("/target", "'" + d.target() + "' is not a target of "
                    + d.framework()));
            } else if (d.goal() != null && !target.get().goal().equals(d.goal())) {
                violations.add(new FieldViolation("/target", "target " + d.target() + " belongs to goal "
                    + target.get().goal() + ", not " + d.goal()));
            }
        }
        if (SDG.equals(d.framework())) {
            var m = SDG_CODE.matcher(code);
            if (!m.matches()) {
                violations.add(new FieldViolation("/code", "an SDG indicator code looks like 11.6.2 or 11.a.1"));
            } else if (d.target() != null && !d.target().equals(m.group(1) + "." + m.group(2))) {
                violations.add(new FieldViolation("/target", "indicator " + code + " belongs to target "
                    + m.group(1) + "." + m.group(2)));
            }
        }
    }

    /** Limits must be ordered, within the unit's natural limits, and contain the 2030 target. */
    private static void checkLimits(IndicatorDefinition d, Optional<Unit> unit, List<FieldViolation> violations) {
        BigDecimal min = d.minValue();
        BigDecimal max = d.maxValue();
        if (min != null && max != null && min.compareTo(max) > 0) {
            violations.add(new FieldViolation("/minValue", "is above maxValue " + max.toPlainString()));
        }
        unit.ifPresent(u -> {
            if (u.minValue() != null && min != null && min.compareTo(u.minValue()) < 0) {
                violations.add(new FieldViolation("/minValue", "is below the natural limit "
                    + u.minValue().toPlainString() + " of " + u.code()));
            }
            if (u.maxValue() != null && max != null && max.compareTo(u.maxValue()) > 0) {
                violations.add(new FieldViolation("/maxValue", "is above the natural limit "
                    + u.maxValue().toPlainString() + " of " + u.code()));
            }
        });
        BigDecimal target = d.targetValue();
        if (target != null) {
            BigDecimal low = min != null ? min : unit.map(Unit::minValue).orElse(null);
            BigDecimal high = max != null ? max : unit.map(Unit::maxValue).orElse(null);
            if (low != null && target.compareTo(low) < 0 || high != null && target.compareTo(high) > 0) {
                violations.add(new FieldViolation("/targetValue", "lies outside the limits "
                    + (low == null ? "-∞" : low.toPlainString()) + " to "
                    + (high == null ? "+∞" : high.toPlainString())));
            }
        }
        if (d.targetYear() != null && (d.targetYear() < 2015 || d.targetYear() > 2100)) {
            violations.add(new FieldViolation("/targetYear", "must be between 2015 and 2100"));
        }
    }
}
