package org.nua.report.domain.report;

/** What a report's status and its ending event say of one of its files, without the file itself. */
public record ArtifactSummary(ReportFormat format, String mediaType, String fileName, String sha256, long sizeBytes) {
}
