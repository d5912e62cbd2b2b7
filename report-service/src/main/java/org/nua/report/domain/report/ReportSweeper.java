package org.nua.report.domain.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.nua.report.config.ReportsConfig;
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
    private final ReportJobs queue;
    private final ReportJobRunner runner;
    private final ReportsConfig config;
    private final Clock clock;

    ReportSweeper(ReportRepository reports, ReportJobs queue, ReportJobRunner runner, ReportsConfig config,
                  Clock clock) {
        this.config = config;
        this.clock = clock;
        this.reports = reports;
        this.queue = queue;
        this.runner = runner;
    }

    @Scheduled(every = "${nua.reports.sweep-interval:15s}", delayed = "${nua.reports.sweep-interval:15s}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        Instant now = Instant.now(clock);
        List<UUID> stalled = QuarkusTransaction.requiringNew()
            .call(() -> reports.stalled(now.minus(config.resendAfter()), now.minus(ReportJobRunner.LEASE), BATCH));
        for (UUID id : stalled) {
            boolean resend = QuarkusTransaction.requiringNew().call(() -> reports.lock(id).map(r -> {
                if (r.status() == ReportStatus.RUNNING && r.attempts() >= Report.MAX_ATTEMPTS) {
                    r.failed("The report could not be written in " + Report.MAX_ATTEMPTS + " attempts.",
                        Instant.now(clock));
                    return false;
                }
                r.requeue(Instant.now(clock));
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
