package org.nua.report.domain.report;

import java.util.List;

/** Tells whoever waits that a report is done or failed (a port; the events layer announces it on report.events). */
public interface ReportEndings {

    /** @return whether the announcement was acknowledged; when not, the sweeper announces it again */
    boolean announce(Report report, List<ArtifactSummary> artifacts);
}
