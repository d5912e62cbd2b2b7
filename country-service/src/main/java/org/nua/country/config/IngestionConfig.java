package org.nua.country.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and checks of batch ingestion (keys under {@code nua.ingestion}). */
@ConfigMapping(prefix = "nua.ingestion")
public interface IngestionConfig {

    /** Rows a batch answered within its request may carry; a longer one runs as a background job. */
    @WithDefault("10000")
    int syncMaxRows();

    /** Rows one upload may carry at all, as a job; a longer upload is refused with 413. */
    @WithDefault("200000")
    int maxRows();

    /**
     * Rows a job validates and writes at a time, all in its one transaction: a job's memory is bounded by this,
     * not by the size of its upload.
     */
    @WithDefault("5000")
    int chunkRows();

    /** How often the job runner looks for queued jobs a wake-up missed (a job queued on another instance). */
    @WithDefault("5s")
    Duration pollInterval();

    /** A value more than this many times above or below the previous year's is reported as a warning. */
    @WithDefault("3")
    double jumpFactor();

    /** Observations one observation event carries at most (about 350 bytes each in JSON). */
    @WithDefault("1000")
    int maxObservationsPerEvent();
}
