package org.nua.platform.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;

/** The settings of an admin client that reaches the broker as the service's channels do. */
public final class KafkaAdminSettings {

    private KafkaAdminSettings() {
    }

    /**
     * @param kafka every {@code kafka.*} setting (servers, security): Quarkus's
     *              {@code @Identifier("default-kafka-broker")} map, which the channels get too
     */
    public static Map<String, Object> of(Map<String, Object> kafka, Duration apiTimeout, Duration requestTimeout) {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) apiTimeout.toMillis());
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout.toMillis());
        return settings;
    }
}
