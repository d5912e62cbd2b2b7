package org.nua.indicator.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.nua.indicator.persistence.CodeListRepository;
import org.nua.indicator.persistence.IndicatorRepository;

/**
 * Brings the database in line with the reference data this release ships. Code lists follow the reference
 * data; an indicator is created when it is missing and otherwise left alone, since once it exists the
 * catalogue's editors own it. Running it again changes nothing and publishes nothing.
 */
@ApplicationScoped
public class CatalogueSeeding {

    private final CodeListRepository codeLists;
    private final IndicatorRepository indicators;
    private final CatalogueRules rules;
    private final IndicatorEvents events;
    private final Clock clock;

    CatalogueSeeding(CodeListRepository codeLists, IndicatorRepository indicators, CatalogueRules rules,
                     IndicatorEvents events, Clock clock) {
        this.codeLists = codeLists;
        this.indicators = indicators;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void synchronise(CatalogueSeed seed) {
        codeLists.lockForSeeding();
        seed.frameworks().forEach(f -> codeLists.framework(f.code()).ifPresentOrElse(
            existing -> existing.update(f.names(), f.source()),
            () -> codeLists.persist(new Framework(f.code(), f.names(), f.source()))));
        seed.goals().forEach(g -> codeLists.goal(g.framework(), g.code()).ifPresentOrElse(
            existing -> existing.update(g.names(), g.shortNames()),
            () -> codeLists.persist(new Goal(g.framework(), g.code(), g.names(), g.shortNames()))));
        seed.targets().forEach(t -> codeLists.target(t.framework(), t.code()).ifPresentOrElse(
            existing -> existing.update(t.names()),
            () -> codeLists.persist(new Target(t.framework(), t.code(), t.goal(), t.names()))));
        seed.units().forEach(u -> codeLists.unit(u.code()).ifPresentOrElse(
            existing -> existing.update(u.names(), u.minValue(), u.maxValue()),
            () -> codeLists.persist(new Unit(u.code(), u.names(), u.minValue(), u.maxValue()))));
        seed.dimensions().forEach(d -> {
            codeLists.dimension(d.code()).ifPresentOrElse(existing -> existing.update(d.names()),
                () -> codeLists.persist(new Dimension(d.code(), d.names())));
            d.codes().forEach(c -> codeLists.code(d.code(), c.code()).ifPresentOrElse(
                existing -> existing.update(c.names()),
                () -> codeLists.persist(new DimensionCode(d.code(), c.code(), c.names()))));
        });
        codeLists.flush();

        Instant now = Instant.now(clock);
        int created = 0;
        for (CatalogueSeed.SeedIndicator seeded : seed.indicators()) {
            if (indicators.findByCode(seeded.code()).isPresent()) {
                continue;
            }
            rules.check(seeded.code(), seeded.definition());
            Indicator indicator = new Indicator(seeded.code(), seeded.status(), seeded.definition(), now);
            indicators.persist(indicator);
            events.published(indicator);
            created++;
        }
        Log.infof("Catalogue synchronised with reference data: %d frameworks, %d units, %d dimensions, "
            + "%d indicators of which %d new", seed.frameworks().size(), seed.units().size(), seed.dimensions().size(),
            seed.indicators().size(), created);
    }
}
