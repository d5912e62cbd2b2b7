package org.nua.country.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and checks of batch ingestion (keys under {@code nua.ingestion}). */
@ConfigMapping(prefix = "nua.ingestion")
public interface IngestionConfig {

    /** Rows one batch request may carry; a longer batch is refused with 413. */
    @WithDefault("10000")
    int maxRows();

    /** A value more than this many times above or below the previous year's is reported as a warning. */
    @WithDefault("3")
    double jumpFactor();
}
