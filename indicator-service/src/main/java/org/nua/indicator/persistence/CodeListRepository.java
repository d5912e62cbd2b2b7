package org.nua.indicator.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.nua.indicator.domain.Dimension;
import org.nua.indicator.domain.DimensionCode;
import org.nua.indicator.domain.Framework;
import org.nua.indicator.domain.Goal;
import org.nua.indicator.domain.Target;
import org.nua.indicator.domain.Unit;

/** The catalogue's code lists: frameworks with their goals and targets, units, dimensions and their codes. */
@ApplicationScoped
public class CodeListRepository {

    private final EntityManager em;

    CodeListRepository(EntityManager em) {
        this.em = em;
    }

    public List<Framework> frameworks() {
        return em.createQuery("from Framework order by code", Framework.class).getResultList();
    }

    public Optional<Framework> framework(String code) {
        return Optional.ofNullable(em.find(Framework.class, code));
    }

    public List<Goal> goals(String framework) {
        return em.createQuery("from Goal where key.framework = ?1 order by key.code", Goal.class)
            .setParameter(1, framework).getResultList();
    }

    public Optional<Goal> goal(String framework, String code) {
        return Optional.ofNullable(em.find(Goal.class, new Goal.Key(framework, code)));
    }

    public List<Target> targets(String framework) {
        return em.createQuery("from Target where key.framework = ?1 order by key.code", Target.class)
            .setParameter(1, framework).getResultList();
    }

    public Optional<Target> target(String framework, String code) {
        return Optional.ofNullable(em.find(Target.class, new Target.Key(framework, code)));
    }

    public List<Unit> units() {
        return em.createQuery("from Unit order by code", Unit.class).getResultList();
    }

    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(em.find(Unit.class, code));
    }

    public List<Dimension> dimensions() {
        return em.createQuery("from Dimension order by code", Dimension.class).getResultList();
    }

    public Optional<Dimension> dimension(String code) {
        return Optional.ofNullable(em.find(Dimension.class, code));
    }

    public List<DimensionCode> codes(String dimension) {
        return em.createQuery("from DimensionCode where key.dimension = ?1 order by key.code", DimensionCode.class)
            .setParameter(1, dimension).getResultList();
    }

    public Optional<DimensionCode> code(String dimension, String code) {
        return Optional.ofNullable(em.find(DimensionCode.class, new DimensionCode.Key(dimension, code)));
    }

    public void persist(Object codeListEntry) {
        em.persist(codeListEntry);
    }

    public void flush() {
        em.flush();
    }

    /** Serialises seeding across instances starting at the same time. */
    public void lockForSeeding() {
        em.createNativeQuery("select pg_advisory_xact_lock(7299518236041011044)").getSingleResult();
    }
}
