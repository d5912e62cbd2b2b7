package org.nua.indicator.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.indicator.persistence.IndicatorRepository;

/** The catalogue's use cases; each write and its event commit together or not at all. */
@ApplicationScoped
public class IndicatorService {

    /** The language every indicator must be named in, and the one other languages fall back to. */
    public static final String ENGLISH = "en";

    private final IndicatorRepository indicators;
    private final IndicatorEvents events;
    private final Clock clock;

    IndicatorService(IndicatorRepository indicators, IndicatorEvents events, Clock clock) {
        this.indicators = indicators;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Indicator create(String code, Map<String, String> names, String unit, DesiredDirection direction) {
        if (names.get(ENGLISH) == null || names.get(ENGLISH).isBlank()) {
            throw new InvalidIndicatorException(List.of(new FieldViolation("/names/en",
                "an English name is required; it is the fallback for every other language")));
        }
        if (indicators.findByCode(code).isPresent()) {
            throw new IndicatorAlreadyExistsException(code);
        }
        Indicator indicator = new Indicator(code, names, unit, direction, Instant.now(clock));
        indicators.persist(indicator);
        events.published(indicator);
        return indicator;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator get(String code) {
        if (!Indicator.CODE.matcher(code).matches()) {
            throw new IndicatorNotFoundException(code); // no indicator can have it, so none is looked up
        }
        return indicators.findByCode(code).orElseThrow(() -> new IndicatorNotFoundException(code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Indicator> list(int page, int size) {
        return indicators.pageOrderedByCode(page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return indicators.count();
    }
}
