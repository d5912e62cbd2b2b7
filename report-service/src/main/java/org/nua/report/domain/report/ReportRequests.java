package org.nua.report.domain.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.platform.problem.FieldViolation;
import org.nua.report.config.ReportsConfig;
import org.nua.report.domain.CountryView;
import org.nua.report.domain.SeriesSelection;
import org.nua.report.persistence.ReadModelRepository;
import org.nua.report.persistence.ReportRepository;

/**
 * Accepts a report request once the read model knows everything it names, and records it as a queued job. The
 * queue is shared, so one requester has at most {@link ReportsConfig#maxOpenPerRequester()} reports queued or
 * running, and asking again for a report that is still being written is answered with that report, not a copy.
 */
@ApplicationScoped
public class ReportRequests {

    /** What a request came to: the report, and whether it is new (else the same request was still open). */
    public record Requested(Report report, boolean isNew) {
    }

    /** The start of the earliest year an observation may have. */
    static final Instant EARLIEST_AS_OF = Instant.parse("1950-01-01T00:00:00Z");

    private final ReadModelRepository readModel;
    private final SeriesSelection seriesSelection;
    private final ReportRepository reports;
    private final ReportsConfig config;
    private final Clock clock;

    ReportRequests(ReadModelRepository readModel, SeriesSelection seriesSelection, ReportRepository reports,
                   ReportsConfig config, Clock clock) {
        this.readModel = readModel;
        this.seriesSelection = seriesSelection;
        this.reports = reports;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param asOf the instant the data is read as of; null for now. A future instant is refused: values recorded
     *             later would change the report, which must read the same whenever it is regenerated. So is one
     *             before the earliest year an observation may have, which no database timestamp need hold.
     */
    @Transactional
    public Requested request(ReportType type, ReportLanguage language, ReportParameters parameters, Instant asOf,
                          String requestedBy) {
        Instant now = Instant.now(clock);
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> known = readModel.countries().stream().map(CountryView::code)
            .collect(Collectors.toCollection(TreeSet::new));
        if (asOf != null && asOf.isAfter(now)) {
            violations.add(new FieldViolation("/asOf", "must not be in the future"));
        } else if (asOf != null && asOf.isBefore(EARLIEST_AS_OF)) {
            violations.add(new FieldViolation("/asOf", "must not be before " + EARLIEST_AS_OF));
        }
        if (parameters.country() != null && !known.contains(parameters.country())) {
            violations.add(new FieldViolation("/country", "must be one of " + known));
        }
        String series = parameters.series();
        switch (type) {
            case COUNTRY_PROFILE -> {
                if (parameters.country() == null) {
                    violations.add(new FieldViolation("/country", "is required for a country profile"));
                }
                forbid(violations, parameters.indicator(), "/indicator", type);
                forbid(violations, parameters.series(), "/series", type);
                forbid(violations, parameters.countries().isEmpty() ? null : "", "/countries", type);
            }
            case COMPARISON -> {
                forbid(violations, parameters.country(), "/country", type);
                List<String> unknown = parameters.countries().stream().filter(c -> !known.contains(c)).toList();
                if (!unknown.isEmpty()) {
                    violations.add(new FieldViolation("/countries", "unknown " + unknown + "; must be among " + known));
                }
                if (parameters.indicator() == null) {
                    violations.add(new FieldViolation("/indicator", "is required for a comparison"));
                } else if (readModel.indicator(parameters.indicator()).isEmpty()) {
                    violations.add(new FieldViolation("/indicator", "is not in the catalogue known to report-service"));
                } else if (violations.isEmpty()) {
                    // Several series are never mixed: without a choice, the indicator must have only one.
                    series = seriesSelection.resolve(parameters.indicator(), series);
                }
            }
            case PANDEMIC_BRIEF -> {
                forbid(violations, parameters.indicator(), "/indicator", type);
                forbid(violations, parameters.series(), "/series", type);
                forbid(violations, parameters.countries().isEmpty() ? null : "", "/countries", type);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidReportRequestException(violations);
        }
        ReportParameters normalised = new ReportParameters(parameters.country(),
            parameters.countries().stream().distinct().toList(), parameters.indicator(), series);
        // Serialises one requester's requests, on every instance, so none passes the count while another is added.
        reports.lockRequester(requestedBy);
        List<Report> open = reports.open(requestedBy);
        Optional<Report> same = open.stream().filter(r -> r.type() == type
            && r.language().equals(language) && r.parameters().equals(normalised)
            // Without asOf, a report is as of its request: any open one of those reads the same data.
            && (asOf == null ? r.asOf().equals(r.requestedAt()) : r.asOf().equals(asOf))).findFirst();
        if (same.isPresent()) {
            return new Requested(same.get(), false);
        }
        if (open.size() >= config.maxOpenPerRequester()) {
            throw new TooManyOpenReportsException(config.maxOpenPerRequester());
        }
        Report report = new Report(UUID.randomUUID(), type, language, normalised, asOf == null ? now : asOf,
            requestedBy, now);
        reports.add(report);
        return new Requested(report, true);
    }

    private static void forbid(List<FieldViolation> violations, Object value, String pointer, ReportType type) {
        if (value != null) {
            violations.add(new FieldViolation(pointer, "does not apply to a " + type + " report"));
        }
    }
}
