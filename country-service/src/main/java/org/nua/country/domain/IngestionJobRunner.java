package org.nua.country.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import org.nua.country.persistence.IngestionJobRepository;

/**
 * Works through queued ingestion jobs, one at a time per instance, oldest first. Each job runs in one
 * transaction that also holds its claim, so a job whose instance dies is simply claimed again and rerun: its
 * earlier attempt left nothing behind.
 */
@ApplicationScoped
public class IngestionJobRunner {

    private final IngestionJobRepository jobs;
    private final ObservationBatchService batches;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "ingestion-jobs"));
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    IngestionJobRunner(IngestionJobRepository jobs, ObservationBatchService batches, Clock clock) {
        this.jobs = jobs;
        this.batches = batches;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        wakeUp(); // resumes whatever an earlier run left queued or unfinished
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ObservationBatchService.JobQueued queued) {
        wakeUp();
    }

    @Scheduled(every = "${nua.ingestion.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wakeUp();
    }

    void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        wakeUpPending.set(false);
        try {
            while (runOne()) {
                // another job may be waiting
            }
        } catch (RuntimeException e) {
            Log.warnf("Ingestion job pass failed, will retry: %s", e.toString());
        }
    }

    /** Claims and runs one job; false when none is waiting. */
    boolean runOne() {
        try {
            Optional<UUID> ran = QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
                Optional<UUID> claimed = jobs.claimNext();
                claimed.ifPresent(id -> {
                    Log.infof("Ingestion job %s started", id);
                    try {
                        batches.runJob(id, (phase, rowsDone) -> progress(id, phase, rowsDone));
                    } catch (BatchRejectedException rejected) {
                        throw new Rejected(id, rejected.report());
                    }
                });
                return claimed;
            });
            ran.ifPresent(id -> Log.infof("Ingestion job %s succeeded", id));
            return ran.isPresent();
        } catch (Rejected r) {
            // The job's transaction rolled back; its end state and report commit on their own.
            QuarkusTransaction.requiringNew().run(() -> batches.rejectJob(r.id, r.report));
            Log.infof("Ingestion job %s rejected: %d invalid row(s)", r.id, r.report.rejected());
            return true;
        }
    }

    private void progress(UUID id, IngestionJob.Phase phase, int rowsDone) {
        QuarkusTransaction.requiringNew().run(() -> jobs.progress(id, phase, rowsDone, Instant.now(clock)));
    }

    private static final class Rejected extends RuntimeException {
        private final UUID id;
        private final transient BatchReport report;

        Rejected(UUID id, BatchReport report) {
            super(null, null, false, false);
            this.id = id;
            this.report = report;
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
