package org.nua.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker, a real PostgreSQL database of its own and the public key
 * of the {@link TestIdentity} tokens it will be sent.
 *
 * <p>Use with {@code @QuarkusTestResource(value = InfrastructureResource.class,
 * initArgs = @ResourceArg(name = "database", value = "nua_indicator_test"))}.
 */
public class InfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private String database = "nua_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
            "kafka.bootstrap.servers", KafkaBroker.shared().bootstrapServers(),
            "quarkus.datasource.jdbc.url", TestDatabase.ensure(database),
            "quarkus.datasource.username", TestDatabase.user(),
            "quarkus.datasource.password", TestDatabase.password(),
            "mp.jwt.verify.publickey.location", TestIdentity.publicKeyFile());
    }

    @Override
    public void stop() {
        // The broker is shared by all test classes of the JVM and stops with it.
    }
}
