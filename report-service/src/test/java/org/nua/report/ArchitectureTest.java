package org.nua.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.nua.testsupport.ServiceLayers;

/** The layers of the README's anatomy hold in report-service: each violation is named. */
class ArchitectureTest {

    @Test
    void dependenciesPointTheWayTheReadmeSays() {
        assertThat(ServiceLayers.violations("org.nua.report", "render")).isEmpty();
    }
}
