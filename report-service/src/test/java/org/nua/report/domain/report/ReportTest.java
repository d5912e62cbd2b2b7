package org.nua.report.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    private static Report queued() {
        return new Report(UUID.randomUUID(), ReportType.COUNTRY_PROFILE, ReportLanguage.AR,
            new ReportParameters("JOR", List.of(), null, null), T0, "staff:analyst", T0);
    }

    @Test
    void aQueuedJobIsClaimedOnceAndNotAgainWhileItsWorkerBeats() {
        Report report = queued();
        assertThat(report.claim(T0, LEASE)).isTrue();
        assertThat(report.status()).isEqualTo(ReportStatus.RUNNING);
        assertThat(report.attempts()).isEqualTo(1);
        assertThat(report.claim(T0.plusSeconds(1), LEASE)).as("a redelivered message").isFalse();
        report.progress(40, "WRITING", T0.plusSeconds(100));
        assertThat(report.claim(T0.plus(LEASE).plusSeconds(1), LEASE)).as("the worker beat 100 s in").isFalse();
    }

    @Test
    void aJobWhoseWorkerStoppedBeatingIsTakenOverAndGivenUpAfterThreeRuns() {
        Report report = queued();
        Instant now = T0;
        for (int attempt = 1; attempt <= Report.MAX_ATTEMPTS; attempt++) {
            assertThat(report.claim(now, LEASE)).as("attempt %d", attempt).isTrue();
            assertThat(report.attempts()).isEqualTo(attempt);
            now = now.plus(LEASE).plusSeconds(1);
        }
        assertThat(report.claim(now, LEASE)).as("a fourth run").isFalse();
    }

    @Test
    void aFinishedJobIsNeverClaimed() {
        Report report = queued();
        report.claim(T0, LEASE);
        report.done(T0.plusSeconds(2));
        assertThat(report.claim(T0.plus(LEASE).plusSeconds(10), LEASE)).isFalse();
        assertThat(report.progress()).isEqualTo(100);
        Report failed = queued();
        failed.claim(T0, LEASE);
        failed.failed("broken", T0.plusSeconds(2));
        assertThat(failed.claim(T0.plus(LEASE).plusSeconds(10), LEASE)).isFalse();
    }
}
