package org.nua.report.domain.report;

import java.util.Arrays;
import java.util.Optional;

/** What every report is written as: one run of a job writes all three. */
public enum ReportFormat {
    HTML("html", "text/html; charset=UTF-8"),
    PDF("pdf", "application/pdf"),
    /** The data annex: every number the report shows, with its source. */
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public static Optional<ReportFormat> of(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
