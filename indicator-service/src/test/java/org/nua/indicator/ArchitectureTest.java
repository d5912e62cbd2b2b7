package org.nua.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.nua.testsupport.ServiceLayers;

/** The layers of the README's anatomy hold in indicator-service: each violation is named. */
class ArchitectureTest {

    @Test
    void dependenciesPointTheWayTheReadmeSays() {
        assertThat(ServiceLayers.violations("org.nua.indicator")).isEmpty();
    }
}
