package org.nua.report.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;

import org.nua.platform.events.PoisonEventException;
import org.nua.report.domain.report.ReportJobRunner;

/**
 * Takes report jobs off report.jobs. All instances read in one consumer group, so each job goes to one of them;
 * a job delivered twice is claimed once (ReportJobRunner), and one whose worker dies is sent again by the sweeper.
 */
@ApplicationScoped
public class ReportJobConsumer {

    private final ReportJobRunner runner;

    ReportJobConsumer(ReportJobRunner runner) {
        this.runner = runner;
    }

    @Incoming(Topics.REPORT_JOBS_IN)
    @Blocking
    public void take(String reportId) {
        UUID id;
        try {
            id = UUID.fromString(reportId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("report job is not a report id");
        }
        Log.debugf("Report job %s taken", id);
        runner.run(id);
    }
}
