package org.nua.indicator.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.indicator.persistence.IndicatorRepository;
import org.nua.indicator.persistence.IndicatorVersionRepository;

/** The catalogue's use cases; each change and its event commit together or not at all. */
@ApplicationScoped
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final IndicatorVersionRepository versions;
    private final CatalogueRules rules;
    private final IndicatorEvents events;
    private final Clock clock;

    IndicatorService(IndicatorRepository indicators, IndicatorVersionRepository versions, CatalogueRules rules,
                     IndicatorEvents events, Clock clock) {
        this.indicators = indicators;
        this.versions = versions;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Indicator create(String code, IndicatorStatus status, IndicatorDefinition definition) {
        rules.check(code, definition);
        if (indicators.ownerOf(code).isPresent()) {
            throw new IndicatorAlreadyExistsException(code);
        }
        Indicator indicator = new Indicator(code, status == null ? IndicatorStatus.ACTIVE : status, definition,
            Instant.now(clock));
        indicators.persist(indicator);
        events.published(indicator);
        return indicator;
    }

    /**
     * Replaces the indicator's definition, and its status when one is given (DRAFT or ACTIVE; retiring has
     * its own operation), if {@code expectedVersion} is still current.
     */
    @Transactional
    public Indicator update(String code, Integer expectedVersion, IndicatorStatus status,
                            IndicatorDefinition definition) {
        Indicator indicator = current(code, expectedVersion);
        rules.check(indicator.code(), definition);
        Instant now = Instant.now(clock);
        indicator.redefine(definition, now);
        if (status != null && status != IndicatorStatus.RETIRED) {
            indicator.changeStatus(status, now);
        }
        events.updated(indicator);
        return indicator;
    }

    @Transactional
    public Indicator retire(String code, Integer expectedVersion) {
        Indicator indicator = current(code, expectedVersion);
        indicator.changeStatus(IndicatorStatus.RETIRED, Instant.now(clock));
        events.retired(indicator);
        return indicator;
    }

    /**
     * Writes every indicator's current state to its topic again, for consumers rebuilding from a topic that lost
     * it; returns how many. The catalogue is hundreds of indicators at most, so one transaction holds them.
     */
    @Transactional
    public long republishAll() {
        List<Indicator> all = indicators.allByCode();
        all.forEach(events::republished);
        return all.size();
    }

    /** The indicator by its code or one of its aliases. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator get(String codeOrAlias) {
        if (!Indicator.CODE.matcher(codeOrAlias).matches()) {
            throw new IndicatorNotFoundException(codeOrAlias); // no indicator can have it, so none is looked up
        }
        return indicators.findByCodeOrAlias(codeOrAlias).orElseThrow(() -> new IndicatorNotFoundException(codeOrAlias));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Indicator> search(IndicatorQuery query, int page, int size) {
        return indicators.search(query, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(IndicatorQuery query) {
        return indicators.count(query);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorVersion> versions(String codeOrAlias) {
        return versions.of(get(codeOrAlias).code());
    }

    private Indicator current(String code, Integer expectedVersion) {
        if (expectedVersion == null) {
            throw new PreconditionRequiredException();
        }
        Indicator indicator = get(code);
        if (indicator.version() != expectedVersion) {
            throw new PreconditionFailedException(indicator.code(), indicator.version());
        }
        if (indicator.status() == IndicatorStatus.RETIRED) {
            throw new IndicatorRetiredException(indicator.code());
        }
        return indicator;
    }
}
