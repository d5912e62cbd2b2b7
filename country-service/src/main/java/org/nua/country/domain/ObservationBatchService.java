package org.nua.country.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.country.config.IngestionConfig;
import org.nua.country.domain.BatchReport.RowIssue;
import org.nua.country.persistence.AgencyRepository;
import org.nua.country.persistence.CountryRepository;
import org.nua.country.persistence.IdempotencyRepository;
import org.nua.country.persistence.IngestionJobRepository;
import org.nua.country.persistence.ObservationStore;

/**
 * Loads a batch of observations for one country: every row is validated first, and only a batch without
 * errors is written, in one transaction. A dry run validates and reports without writing. An
 * Idempotency-Key makes a retried request return the first result without a second effect. Batches longer than
 * a request should wait for become jobs, run by {@link IngestionJobRunner} with exactly the same rules.
 */
@ApplicationScoped
public class ObservationBatchService {

    /** Fired after a job is committed, so the runner starts it at once. */
    public record JobQueued(UUID id) {
    }

    private static final TypeReference<List<BatchRow>> ROWS = new TypeReference<>() { };

    private final CountryRepository countries;
    private final AgencyRepository agencies;
    private final ObservationService observations;
    private final ObservationStore store;
    private final CountryEvents events;
    private final IdempotencyRepository idempotency;
    private final IngestionJobRepository jobs;
    private final IngestionConfig config;
    private final ObjectMapper json;
    private final Event<JobQueued> queued;
    private final Clock clock;

    ObservationBatchService(CountryRepository countries, AgencyRepository agencies, ObservationService observations,
                            ObservationStore store, CountryEvents events, IdempotencyRepository idempotency,
                            IngestionJobRepository jobs, IngestionConfig config, ObjectMapper json,
                            Event<JobQueued> queued, Clock clock) {
        this.countries = countries;
        this.agencies = agencies;
        this.observations = observations;
        this.store = store;
        this.events = events;
        this.idempotency = idempotency;
        this.jobs = jobs;
        this.config = config;
        this.json = json;
        this.queued = queued;
        this.clock = clock;
    }

    /** Whether a batch of this many rows is answered within its request (else it becomes a job). */
    public boolean answersDirectly(int rows) {
        return rows <= config.syncMaxRows();
    }

    /**
     * Validates and writes a batch within the request.
     *
     * @param requestHash a digest of the request, to tell a retry from a different request with the same key
     */
    @Transactional
    public BatchReport submit(String countryCode, List<BatchRow> rows, boolean dryRun, String idempotencyKey,
                              String requestHash, String agencyCode) {
        Country country = country(countryCode);
        if (idempotencyKey != null && !dryRun) {
            Optional<BatchReport> earlier = earlierAnswer(countryCode, idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (rows.size() > config.syncMaxRows()) {
            throw new TooManyRowsException(rows.size(), config.syncMaxRows());
        }
        agencies.require(countryCode, agencyCode);
        BatchReport report = run(country, rows, dryRun, agencyCode, phase -> { });
        if (idempotencyKey != null && !dryRun) {
            idempotency.store(countryCode, idempotencyKey, requestHash, report, Instant.now(clock));
        }
        return report;
    }

    /** Stores a large upload as a job and returns it; a retry with the same Idempotency-Key returns the same job. */
    @Transactional
    public IngestionJob enqueue(String countryCode, List<BatchRow> rows, boolean dryRun, String idempotencyKey,
                                String requestHash, String agencyCode) {
        country(countryCode);
        if (idempotencyKey != null) {
            Optional<IngestionJob> earlier = jobs.findByIdempotencyKey(countryCode, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(requestHash)) {
                    throw new IdempotencyConflictException(idempotencyKey);
                }
                return earlier.get();
            }
        }
        if (rows.size() > config.maxRows()) {
            throw new TooManyRowsException(rows.size(), config.maxRows());
        }
        agencies.require(countryCode, agencyCode);
        IngestionJob job = new IngestionJob(countryCode, rows.size(), write(rows), dryRun, agencyCode, idempotencyKey,
            requestHash, Instant.now(clock));
        jobs.persist(job);
        queued.fire(new JobQueued(job.id()));
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IngestionJob job(String countryCode, UUID id) {
        country(countryCode);
        return jobs.find(countryCode, id).orElseThrow(() -> new JobNotFoundException(id));
    }

    /**
     * Runs a claimed job in the caller's transaction: its effects, its report and its end state commit together.
     *
     * @param progress told of each phase, to record it where the status URL can see it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void runJob(UUID id, Consumer<IngestionJob.Phase> progress) {
        IngestionJob job = jobs.load(id);
        List<BatchRow> rows;
        try {
            rows = json.readValue(job.body(), ROWS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Job " + id + " holds rows this version cannot read", e);
        }
        BatchReport report = run(country(job.countryCode()), rows, job.dryRun(), job.agencyCode(), progress);
        jobs.finish(id, true, write(report), Instant.now(clock));
        if (job.idempotencyKey() != null && !job.dryRun()) {
            idempotency.store(job.countryCode(), job.idempotencyKey(), job.requestHash(), report, Instant.now(clock));
        }
    }

    /** Ends a job whose rows were rejected, with the report that says why; nothing of it was written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rejectJob(UUID id, BatchReport report) {
        jobs.finish(id, false, write(report), Instant.now(clock));
    }

    private BatchReport run(Country country, List<BatchRow> rows, boolean dryRun, String agencyCode,
                            Consumer<IngestionJob.Phase> progress) {
        progress.accept(IngestionJob.Phase.VALIDATING);
        BatchValidator.Result validated = observations.validator(country, agencyCode).validate(rows);
        if (!validated.errors().isEmpty()) {
            throw new BatchRejectedException(BatchReport.rejected(dryRun, rows.size(), validated.errors()));
        }
        progress.accept(IngestionJob.Phase.WRITING);
        ObservationStore.Applied applied = store.apply(country.code(), validated.writes(), Instant.now(clock),
            dryRun);
        if (!applied.notFoundRows().isEmpty()) {
            List<RowIssue> errors = applied.notFoundRows().stream().map(row -> new RowIssue(row, "year", "NOT_FOUND",
                "There is no standing observation with this key to withdraw.")).toList();
            throw new BatchRejectedException(BatchReport.rejected(dryRun, rows.size(), errors));
        }
        List<RowIssue> warnings = new ArrayList<>(validated.warnings());
        BigDecimal factor = BigDecimal.valueOf(config.jumpFactor());
        Map<Integer, BigDecimal> previous = store.previousYearValues(country.code(), validated.writes());
        for (ObservationWrite w : validated.writes()) {
            BigDecimal before = previous.get(w.row());
            if (before != null && jumps(w.value().value(), before, factor)) {
                warnings.add(new RowIssue(w.row(), "value", "VALUE_JUMP", "The value "
                    + w.value().value().toPlainString() + " is more than " + config.jumpFactor()
                    + " times away from the previous year's " + before.toPlainString() + "; check it."));
            }
        }
        if (!dryRun) {
            events.observationsChanged(applied.changes());
        }
        return new BatchReport(dryRun, rows.size(), applied.recorded(), applied.revised(), applied.unchanged(),
            applied.withdrawn(), 0, List.of(), warnings);
    }

    /** Whether a value is more than factor times above or below the previous one (zero never jumps). */
    static boolean jumps(BigDecimal value, BigDecimal previous, BigDecimal factor) {
        if (value.signum() == 0 || previous.signum() == 0) {
            return false;
        }
        BigDecimal ratio = value.abs().divide(previous.abs(), MathContext.DECIMAL64);
        return ratio.compareTo(factor) > 0 || BigDecimal.ONE.divide(ratio, MathContext.DECIMAL64).compareTo(factor) > 0;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot be stored as JSON", e);
        }
    }

    private Optional<BatchReport> earlierAnswer(String countryCode, String key, String requestHash) {
        return idempotency.find(countryCode, key).map(stored -> {
            if (!stored.requestHash().equals(requestHash)) {
                throw new IdempotencyConflictException(key);
            }
            return stored.report();
        });
    }

    private Country country(String code) {
        return countries.find(code).orElseThrow(() -> new CountryNotFoundException(code));
    }
}
