package org.nua.indicator.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.indicator.persistence.CodeListRepository;

/** Read access to the catalogue's code lists. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CodeListService {

    /** A framework with its goals, and each goal with its targets. */
    public record FrameworkTree(Framework framework, List<GoalTree> goals) {
    }

    public record GoalTree(Goal goal, List<Target> targets) {
    }

    /** A dimension with its codes. */
    public record DimensionCodes(Dimension dimension, List<DimensionCode> codes) {
    }

    private final CodeListRepository codeLists;

    CodeListService(CodeListRepository codeLists) {
        this.codeLists = codeLists;
    }

    public List<FrameworkTree> frameworks() {
        return codeLists.frameworks().stream().map(f -> {
            List<Target> targets = codeLists.targets(f.code());
            return new FrameworkTree(f, codeLists.goals(f.code()).stream()
                .map(g -> new GoalTree(g, targets.stream().filter(t -> t.goal().equals(g.code())).toList()))
                .toList());
        }).toList();
    }

    public List<Unit> units() {
        return codeLists.units();
    }

    public List<DimensionCodes> dimensions() {
        return codeLists.dimensions().stream().map(d -> new DimensionCodes(d, codeLists.codes(d.code()))).toList();
    }
}
