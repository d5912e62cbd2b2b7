package org.nua.report.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.nua.report.persistence.ReportRepository;

/** Report requests and what their requesters read of them: status, the list, the files. */
@ApplicationScoped
public class ReportService {

    private final ReportRequests requests;
    private final ReportRepository reports;
    private final ReportJobs jobs;

    ReportService(ReportRequests requests, ReportRepository reports, ReportJobs jobs) {
        this.requests = requests;
        this.reports = reports;
        this.jobs = jobs;
    }

    /** A report with what its status shows of its files. */
    public record ReportWithFiles(Report report, List<ArtifactSummary> files) {
    }

    /** One page of reports, newest first, and how many there are in all. */
    public record ReportPage(long total, List<ReportWithFiles> items) {
    }

    /** Stores the request as a queued job, then queues it; the same request still open is answered with that one. */
    public Report request(ReportType type, ReportLanguage language, ReportParameters parameters, Instant asOf,
                          String requestedBy) {
        ReportRequests.Requested requested = requests.request(type, language, parameters, asOf, requestedBy);
        if (requested.isNew()) {
            // After the commit: a lost message only delays the job until the sweeper sends it again.
            jobs.send(requested.report().id());
        }
        return requested.report();
    }

    public ReportPage recent(int offset, int limit) {
        return new ReportPage(reports.count(), reports.recent(offset, limit).stream()
            .map(r -> new ReportWithFiles(r, reports.artifacts(r.id()))).toList());
    }

    /** @throws ReportNotFoundException when no report has this id */
    public ReportWithFiles get(UUID id) {
        return new ReportWithFiles(find(id), reports.artifacts(id));
    }

    /**
     * @throws ReportNotFoundException when no report has this id
     * @throws ReportNotReadyException when it is not DONE
     */
    public ReportArtifact file(UUID id, ReportFormat format) {
        Report report = find(id);
        if (report.status() != ReportStatus.DONE) {
            throw new ReportNotReadyException(report);
        }
        return reports.artifact(id, format).orElseThrow(() -> new ReportNotReadyException(report));
    }

    private Report find(UUID id) {
        return reports.find(id).orElseThrow(() -> new ReportNotFoundException(id));
    }
}
