package org.nua.report.domain.report;

import java.util.Map;

/** Writes what a report says as its files (a port; the render layer makes the HTML, PDF and CSV). */
public interface ReportRenderer {

    Map<ReportFormat, byte[]> write(ComposedReport report);
}
