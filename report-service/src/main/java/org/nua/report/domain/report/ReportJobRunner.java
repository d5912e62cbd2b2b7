package org.nua.report.domain.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.nua.report.persistence.ReportRepository;

/**
 * Runs one report job: claims it, reads the data as of the report's instant, writes the HTML, PDF and CSV, stores
 * them and announces the ending. Each step is its own short transaction, so a long rendering holds no lock.
 */
@ApplicationScoped
public class ReportJobRunner {

    /** A RUNNING job whose worker has not reported for this long is taken to be lost and is run again. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final ReportRepository reports;
    private final ReportComposer composer;
    private final ReportRenderer writer;
    private final ReportEndings announcements;
    private final Clock clock;

    ReportJobRunner(ReportRepository reports, ReportComposer composer, ReportRenderer writer,
                    ReportEndings announcements, Clock clock) {
        this.reports = reports;
        this.composer = composer;
        this.writer = writer;
        this.announcements = announcements;
        this.clock = clock;
    }

    public void run(UUID id) {
        Optional<Report> claimed = QuarkusTransaction.requiringNew().call(() -> reports.lock(id)
            .filter(r -> r.claim(Instant.now(clock), LEASE)));
        if (claimed.isEmpty()) {
            Log.debugf("Report %s is not open to this worker; skipped", id);
            return;
        }
        int attempt = claimed.get().attempts();
        try {
            ComposedReport composed = QuarkusTransaction.requiringNew().call(() -> composer.compose(claimed.get()));
            step(id, attempt, 40, "WRITING");
            Map<ReportFormat, byte[]> files = writer.write(composed);
            step(id, attempt, 90, "STORING");
            finish(id, attempt, files, claimed.get());
        } catch (RuntimeException | LinkageError e) {
            // Not the requester's fault, and nothing internal goes into the message they read. A LinkageError
            // (a class that failed to initialise) fails this report, not the worker.
            Log.errorf(e, "Report %s failed on attempt %d", id, attempt);
            QuarkusTransaction.requiringNew().run(() -> reports.lock(id).filter(r -> owns(r, attempt))
                .ifPresent(r -> r.failed("The report could not be written; it has been logged as " + id + ".",
                    Instant.now(clock))));
        }
        announce(id);
    }

    /**
     * Announces a finished report's ending unless that was done already. The broker is waited for outside any
     * transaction, so no row stays locked meanwhile; two sweepers may then both announce, with the same event id.
     */
    public void announce(UUID id) {
        record Ending(Report report, List<ArtifactSummary> artifacts) {
        }
        Optional<Ending> ending = QuarkusTransaction.requiringNew().call(() -> reports.find(id)
            .filter(r -> r.finishedAt() != null && !r.isAnnounced())
            .map(r -> new Ending(r, reports.artifacts(id))));
        if (ending.isPresent() && announcements.announce(ending.get().report(), ending.get().artifacts())) {
            QuarkusTransaction.requiringNew().run(() -> reports.lock(id).ifPresent(r -> r.announced(Instant.now(clock))));
        }
    }

    private void step(UUID id, int attempt, int percent, String stage) {
        QuarkusTransaction.requiringNew().run(() -> reports.lock(id).filter(r -> owns(r, attempt))
            .ifPresent(r -> r.progress(percent, stage, Instant.now(clock))));
    }

    private void finish(UUID id, int attempt, Map<ReportFormat, byte[]> files, Report report) {
        QuarkusTransaction.requiringNew().run(() -> reports.lock(id).filter(r -> owns(r, attempt)).ifPresent(r -> {
            reports.removeArtifacts(id);
            files.forEach((format, content) -> reports.add(new ReportArtifact(id, format,
                fileName(report, format), content, sha256(content))));
            r.done(Instant.now(clock));
        }));
    }

    /** Still this run's: no other worker took the job over after this one's lease ran out. */
    private static boolean owns(Report report, int attempt) {
        return report.status() == ReportStatus.RUNNING && report.attempts() == attempt;
    }

    /** nua-country-profile-JOR-ar-2026-11-29.pdf: what, about what, in which language, as of which day. */
    static String fileName(Report report, ReportFormat format) {
        String subject = switch (report.type()) {
            case COUNTRY_PROFILE -> report.parameters().country();
            case COMPARISON -> report.parameters().indicator();
            case PANDEMIC_BRIEF -> report.parameters().country() == null ? "all" : report.parameters().country();
        };
        return "nua-" + report.type().name().toLowerCase().replace('_', '-') + "-" + subject + "-"
            + report.language().tag() + "-" + DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC)
            .format(report.asOf()) + "." + format.extension();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
