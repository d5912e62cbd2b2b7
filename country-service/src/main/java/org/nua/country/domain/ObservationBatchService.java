package org.nua.country.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.country.config.IngestionConfig;
import org.nua.country.domain.BatchReport.RowIssue;
import org.nua.country.persistence.CountryRepository;
import org.nua.country.persistence.IdempotencyRepository;
import org.nua.country.persistence.IndicatorReplicaRepository;
import org.nua.country.persistence.ObservationRepository;

/**
 * Loads a batch of observations for one country: every row is validated first, and only a batch without
 * errors is written, in one transaction. A dry run validates and reports without writing. An
 * Idempotency-Key makes a retried request return the first result without a second effect.
 */
@ApplicationScoped
public class ObservationBatchService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern SERIES = Pattern.compile("[A-Za-z0-9._-]{0,64}");
    private static final Set<String> NATURES = Set.of("C", "CA", "E", "G", "M", "N");

    private final CountryRepository countries;
    private final IndicatorReplicaRepository catalogue;
    private final ObservationRepository observations;
    private final ObservationService observationService;
    private final IdempotencyRepository idempotency;
    private final IngestionConfig config;
    private final Clock clock;

    ObservationBatchService(CountryRepository countries, IndicatorReplicaRepository catalogue,
                            ObservationRepository observations, ObservationService observationService,
                            IdempotencyRepository idempotency, IngestionConfig config, Clock clock) {
        this.countries = countries;
        this.catalogue = catalogue;
        this.observations = observations;
        this.observationService = observationService;
        this.idempotency = idempotency;
        this.config = config;
        this.clock = clock;
    }

    /** A row that passed validation. */
    private record Valid(int row, ObservationKey key, ObservationValue value) {
    }

    /**
     * @param requestHash a digest of the request, to tell a retry from a different request with the same key
     */
    @Transactional
    public BatchReport submit(String countryCode, List<BatchRow> rows, boolean dryRun, String idempotencyKey,
                              String requestHash) {
        if (countries.find(countryCode).isEmpty()) {
            throw new CountryNotFoundException(countryCode);
        }
        if (idempotencyKey != null && !dryRun) {
            Optional<IdempotencyRepository.Stored> stored = idempotency.find(countryCode, idempotencyKey);
            if (stored.isPresent()) {
                if (!stored.get().requestHash().equals(requestHash)) {
                    throw new IdempotencyConflictException(idempotencyKey);
                }
                return stored.get().report();
            }
        }
        if (rows.size() > config.maxRows()) {
            throw new TooManyRowsException(rows.size(), config.maxRows());
        }
        List<RowIssue> errors = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        List<Valid> valid = validate(countryCode, rows, errors);
        Set<Integer> rejectedRows = new HashSet<>();
        errors.forEach(e -> rejectedRows.add(e.row()));
        if (!errors.isEmpty()) {
            throw new BatchRejectedException(new BatchReport(dryRun, rows.size(), 0, 0, 0, rejectedRows.size(),
                errors, List.of()));
        }
        warnJumps(valid, warnings);
        int recorded = 0;
        int revised = 0;
        int unchanged = 0;
        Instant now = Instant.now(clock);
        for (Valid v : valid) {
            ObservationService.Outcome outcome = dryRun ? wouldDo(v)
                : observationService.upsert(v.key(), v.value(), now).outcome();
            switch (outcome) {
                case RECORDED -> recorded++;
                case REVISED -> revised++;
                case UNCHANGED -> unchanged++;
            }
        }
        BatchReport report = new BatchReport(dryRun, rows.size(), recorded, revised, unchanged, 0, List.of(),
            warnings);
        if (idempotencyKey != null && !dryRun) {
            idempotency.store(countryCode, idempotencyKey, requestHash, report, now);
        }
        return report;
    }

    private ObservationService.Outcome wouldDo(Valid v) {
        return observations.find(v.key())
            .map(o -> o.currentValue().equals(v.value()) ? ObservationService.Outcome.UNCHANGED
                : ObservationService.Outcome.REVISED)
            .orElse(ObservationService.Outcome.RECORDED);
    }

    private List<Valid> validate(String countryCode, List<BatchRow> rows, List<RowIssue> errors) {
        Map<String, Optional<IndicatorReplica>> indicators = new HashMap<>();
        Map<ObservationKey, Integer> seen = new HashMap<>();
        List<Valid> valid = new ArrayList<>();
        for (BatchRow r : rows) {
            int before = errors.size();
            if (r.countryCode() != null && !r.countryCode().isBlank()
                && !r.countryCode().trim().equalsIgnoreCase(countryCode)) {
                errors.add(new RowIssue(r.row(), "countryCode", "COUNTRY_MISMATCH", "The row is for "
                    + r.countryCode() + " but the batch is for " + countryCode + "."));
            }
            String indicator = required(r, "indicatorCode", r.indicatorCode(), errors);
            if (indicator != null && !CODE.matcher(indicator).matches()) {
                errors.add(new RowIssue(r.row(), "indicatorCode", "INVALID_VALUE", "Not an indicator code."));
                indicator = null;
            }
            String series = r.seriesCode() == null ? "" : r.seriesCode().trim();
            if (!SERIES.matcher(series).matches()) {
                errors.add(new RowIssue(r.row(), "seriesCode", "INVALID_VALUE", "Not a series code."));
            }
            Integer year = year(r, errors);
            BigDecimal value = value(r, errors);
            String unit = required(r, "unit", r.unit(), errors);
            String nature = r.nature() == null || r.nature().isBlank() ? null
                : r.nature().trim().toUpperCase(Locale.ROOT);
            if (nature != null && !NATURES.contains(nature)) {
                errors.add(new RowIssue(r.row(), "nature", "INVALID_VALUE", "Must be one of C, CA, E, G, M, N."));
            }
            String source = r.source() == null || r.source().isBlank() ? null : r.source().trim();
            if (source != null && (source.length() > 500 || source.indexOf('\0') >= 0)) {
                errors.add(new RowIssue(r.row(), "source", "INVALID_VALUE", "At most 500 characters, no NUL."));
            }
            if (indicator != null && unit != null) {
                checkCatalogue(r.row(), indicators.computeIfAbsent(indicator, catalogue::findByCode), indicator,
                    series, unit, errors);
            }
            if (errors.size() == before) {
                ObservationKey key = new ObservationKey(countryCode, indicator, series, year);
                Integer first = seen.putIfAbsent(key, r.row());
                if (first != null) {
                    errors.add(new RowIssue(r.row(), "indicatorCode", "DUPLICATE_KEY", "Same indicator, series "
                        + "and year as row " + first + "; a batch may hold each observation once."));
                } else {
                    valid.add(new Valid(r.row(), key, new ObservationValue(value, unit, nature, source)));
                }
            }
        }
        return valid;
    }

    private static void checkCatalogue(int row, Optional<IndicatorReplica> indicator, String code, String series,
                                       String unit, List<RowIssue> errors) {
        CatalogueCheck.check(indicator, code, series, unit)
            .ifPresent(issue -> errors.add(new RowIssue(row, issue.field(), issue.code(), issue.message())));
    }

    /** Flags a value more than the configured factor above or below the previous year's (in the batch or stored). */
    private void warnJumps(List<Valid> valid, List<RowIssue> warnings) {
        Map<ObservationKey, BigDecimal> inBatch = new HashMap<>();
        valid.forEach(v -> inBatch.put(v.key(), v.value().value()));
        BigDecimal factor = BigDecimal.valueOf(config.jumpFactor());
        for (Valid v : valid) {
            ObservationKey previousKey = new ObservationKey(v.key().countryCode(), v.key().indicatorCode(),
                v.key().seriesCode(), v.key().year() - 1);
            BigDecimal previous = inBatch.containsKey(previousKey) ? inBatch.get(previousKey)
                : observations.find(previousKey).map(o -> o.currentValue().value()).orElse(null);
            BigDecimal current = v.value().value();
            if (previous == null || previous.signum() == 0 || current.signum() == 0) {
                continue;
            }
            BigDecimal ratio = current.abs().divide(previous.abs(), java.math.MathContext.DECIMAL64);
            if (ratio.compareTo(factor) > 0 || BigDecimal.ONE.divide(ratio, java.math.MathContext.DECIMAL64)
                .compareTo(factor) > 0) {
                warnings.add(new RowIssue(v.row(), "value", "VALUE_JUMP", "The value " + current.toPlainString()
                    + " is more than " + config.jumpFactor() + " times away from the previous year's "
                    + previous.toPlainString() + "; check it."));
            }
        }
    }

    private static String required(BatchRow r, String field, String text, List<RowIssue> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new RowIssue(r.row(), field, "MISSING_FIELD", "Required."));
            return null;
        }
        return text.trim();
    }

    private static Integer year(BatchRow r, List<RowIssue> errors) {
        String text = required(r, "year", r.year(), errors);
        if (text == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(text);
            if (year < 1950 || year > 2100) {
                errors.add(new RowIssue(r.row(), "year", "INVALID_VALUE", "Must be between 1950 and 2100."));
                return null;
            }
            return year;
        } catch (NumberFormatException e) {
            errors.add(new RowIssue(r.row(), "year", "INVALID_VALUE", "Not a year: '" + text + "'."));
            return null;
        }
    }

    private static BigDecimal value(BatchRow r, List<RowIssue> errors) {
        String text = required(r, "value", r.value(), errors);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.precision() - value.scale() > 40 || value.scale() > 20) {
                errors.add(new RowIssue(r.row(), "value", "INVALID_VALUE",
                    "At most 40 integer and 20 decimal digits."));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new RowIssue(r.row(), "value", "INVALID_VALUE", "Not a number: '" + text + "'."));
            return null;
        }
    }
}
