package org.nua.report.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Report jobs (keys under {@code nua.reports}). */
@ConfigMapping(prefix = "nua.reports")
public interface ReportsConfig {

    /** How often lost jobs are sent again and unannounced endings announced again (also read by @Scheduled). */
    @WithDefault("15s")
    Duration sweepInterval();

    /** A queued job whose Kafka message was lost is sent again after this long. */
    @WithDefault("30s")
    Duration resendAfter();

    /**
     * Reports one requester may have queued or running at once; one more is a 429. Rendering is the costliest
     * work the suite does (about a second of CPU and 1 MB each), and the queue is shared by everyone.
     */
    @WithDefault("10")
    int maxOpenPerRequester();

    /** Partitions of report.jobs: as many instances as this can share the work. */
    @WithDefault("6")
    int jobPartitions();
}
