package org.nua.country.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    private final UploadReader reader;
    private final Event<JobQueued> queued;
    private final Clock clock;

    ObservationBatchService(CountryRepository countries, AgencyRepository agencies, ObservationService observations,
                            ObservationStore store, CountryEvents events, IdempotencyRepository idempotency,
                            IngestionJobRepository jobs, IngestionConfig config, ObjectMapper json,
                            UploadReader reader, Event<JobQueued> queued, Clock clock) {
        this.countries = countries;
        this.agencies = agencies;
        this.observations = observations;
        this.store = store;
        this.events = events;
        this.idempotency = idempotency;
        this.jobs = jobs;
        this.config = config;
        this.json = json;
        this.reader = reader;
        this.queued = queued;
        this.clock = clock;
    }

    /** Rows a batch answered within its request may have; a longer one becomes a job. */
    public int rowsAnsweredDirectly() {
        return config.syncMaxRows();
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
        BatchRun run = start(country, agencyCode, dryRun);
        run.add(rows);
        BatchReport report = run.report();
        if (idempotencyKey != null && !dryRun) {
            idempotency.store(countryCode, idempotencyKey, requestHash, report, Instant.now(clock));
        }
        return report;
    }

    /**
     * Stores a large upload, as it was sent, as a job and returns it; a retry with the same Idempotency-Key
     * returns the same job.
     *
     * @param rows the upload's rows, counted as it was read (and found to be of its format)
     */
    @Transactional
    public IngestionJob enqueue(String countryCode, int rows, BatchUpload upload, boolean dryRun,
                                String idempotencyKey, String requestHash, String agencyCode) {
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
        if (rows > config.maxRows()) {
            throw new TooManyRowsException(rows, config.maxRows());
        }
        agencies.require(countryCode, agencyCode);
        IngestionJob job = new IngestionJob(countryCode, rows, upload, dryRun, agencyCode, idempotencyKey,
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

    /** Told how far a running job is, to record it where the status URL can see it. */
    @FunctionalInterface
    public interface Progress {
        void reached(IngestionJob.Phase phase, int rowsDone);
    }

    /**
     * Runs a claimed job in the caller's transaction: its effects, its report and its end state commit together.
     * The upload is read again and applied a chunk of rows at a time ({@link IngestionConfig#chunkRows()}), so its
     * size bounds nothing but the time it takes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void runJob(UUID id, Progress progress) {
        IngestionJob job = jobs.load(id);
        BatchRun run = start(country(job.countryCode()), job.agencyCode(), job.dryRun());
        progress.reached(IngestionJob.Phase.VALIDATING, 0);
        int chunkRows = config.chunkRows();
        List<BatchRow> chunk = new ArrayList<>(chunkRows);
        Consumer<BatchRow> next = row -> {
            chunk.add(row);
            if (chunk.size() == chunkRows) {
                run.add(chunk);
                chunk.clear();
                progress.reached(run.phase(), run.rows());
            }
        };
        BatchUpload upload = job.upload();
        if (upload != null) {
            reader.read(upload, next);
        } else {
            storedRows(job).forEach(next);
        }
        if (!chunk.isEmpty()) {
            run.add(chunk);
        }
        BatchReport report = run.report();
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

    private BatchRun start(Country country, String agencyCode, boolean dryRun) {
        return new BatchRun(country.code(), observations.validator(country, agencyCode), store, events, dryRun,
            config.jumpFactor(), Instant.now(clock));
    }

    /** The rows of a job queued by a version that stored them parsed, as JSON, instead of the upload itself. */
    private List<BatchRow> storedRows(IngestionJob job) {
        try {
            return json.readValue(job.body(), ROWS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Job " + job.id() + " holds rows this version cannot read", e);
        }
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
