package org.nua.report.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.report.domain.report.ReportType;

/** What a report is to be about, in which language, and as of when. */
@Schema(name = "ReportRequest", description = "A report to write. COUNTRY_PROFILE needs country; COMPARISON needs "
    + "indicator (and series when the indicator has several) and may name countries; PANDEMIC_BRIEF may name a "
    + "country (else all countries).")
public record ReportRequestBody(
    @Schema(description = "Which report", required = true) @NotNull ReportType type,
    @Schema(description = "Language of the text (indicator and country names from the catalogue): en, ar (right to "
        + "left), es, fr or ru; en when absent", examples = "ar", enumeration = {"en", "ar", "es", "fr", "ru"})
    @Pattern(regexp = "en|ar|es|fr|ru", message = "must be one of en, ar, es, fr, ru") String language,
    @Schema(description = "ISO 3166-1 alpha-3 code of the country", examples = "JOR")
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as JOR") String country,
    @Schema(description = "Countries of a comparison, in the order wanted; all when absent")
    @Size(max = 50)
    List<@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> countries,
    @Schema(description = "Indicator code of a comparison", examples = "11.6.2")
    @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String indicator,
    @Schema(description = "Series code of a comparison", examples = "EN_ATM_PM25")
    @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String series,
    @Schema(description = "The instant the data is read as of (ISO 8601), from 1950 to now; now when absent. "
        + "Regenerating a report with its asOf gives the same numbers.", examples = "2026-11-29T09:00:00Z") Instant asOf) {
}
