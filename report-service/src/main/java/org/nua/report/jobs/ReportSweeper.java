package org.nua.report.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import org.nua.report.domain.report.Report;
import org.nua.report.domain.report.ReportStatus;
import org.nua.report.events.ReportJobQueue;
import org.nua.report.events.ReportTopicDeclarations;
import org.nua.report.persistence.ReportRepository;

/**
 * Keeps every accepted report moving whatever is lost on the way: a job whose message never reached a worker, or
 * whose worker died, is sent again (and given up as FAILED after {@link Report#MAX_ATTEMPTS} runs); an ending the
 * broker did not acknowledge is announced again. Several instances may sweep at once: claiming a job is atomic.
 */
@ApplicationScoped
public class ReportSweeper {

    private static final int BATCH = 50;

    private final ReportRepository reports;
    private final ReportJobQueue queue;
    private final ReportJobRunner runner;
    private final ReportTopicDeclarations topics;
    /** A queued job not taken within this time is taken to have lost its message. */
    private final Duration queuedTooLong;

    ReportSweeper(ReportRepository reports, ReportJobQueue queue, ReportJobRunner runner,
                  ReportTopicDeclarations topics,
                  @ConfigProperty(name = "nua.reports.resend-after", defaultValue = "30s") Duration queuedTooLong) {
        this.queuedTooLong = queuedTooLong;
        this.reports = reports;
        this.queue = queue;
        this.runner = runner;
        this.topics = topics;
    }

    void declareTopics(@Observes StartupEvent start) {
        topics.ensureDeclared();
    }

    @Scheduled(every = "${nua.reports.sweep-interval:15s}", delayed = "${nua.reports.sweep-interval:15s}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        Instant now = Instant.now();
        List<UUID> stalled = QuarkusTransaction.requiringNew()
            .call(() -> reports.stalled(now.minus(queuedTooLong), now.minus(ReportJobRunner.LEASE), BATCH));
        for (UUID id : stalled) {
            boolean resend = QuarkusTransaction.requiringNew().call(() -> reports.lock(id).map(r -> {
                if (r.status() == ReportStatus.RUNNING && r.attempts() >= Report.MAX_ATTEMPTS) {
                    r.failed("The report could not be written in " + Report.MAX_ATTEMPTS + " attempts.",
                        Instant.now());
                    return false;
                }
                r.requeue(Instant.now());
                return true;
            }).orElse(false));
            if (resend) {
                Log.infof("Report job %s sent again", id);
                queue.send(id);
            } else {
                runner.announce(id);
            }
        }
        QuarkusTransaction.requiringNew().call(() -> reports.unannounced(BATCH)).forEach(runner::announce);
    }
}
