package org.nua.report.domain.report;

import java.util.UUID;

/** Where a queued report's job goes for a worker to take (a port; the events layer puts it on report.jobs). */
public interface ReportJobs {

    /** @return whether the job reached the queue; when not, the sweeper sends it again later */
    boolean send(UUID reportId);
}
