package org.nua.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TestDatabase;

/**
 * The suite as deploy/local/stack runs it, on free ports, with databases and a Kafka broker of its own, so a
 * developer's running stack is never touched.
 */
final class LocalStack {

    static final String DB_PREFIX = "nua_e2e_";

    private final Path root = ReferenceData.dataDirectory().getParent().getParent();
    private final Path home = root.resolve("deploy/e2e/target/stack");
    private final Map<String, String> env = new HashMap<>();
    private final int gatewayPort;

    LocalStack() {
        gatewayPort = freePort();
        env.put("NUA_STACK_HOME", home.toString());
        env.put("NUA_DB_PREFIX", DB_PREFIX);
        env.put("NUA_GATEWAY_PORT", Integer.toString(gatewayPort));
        env.put("NUA_INDICATOR_PORT", Integer.toString(freePort()));
        env.put("NUA_COUNTRY_PORT", Integer.toString(freePort()));
        env.put("NUA_REPORT_PORT", Integer.toString(freePort()));
        env.put("NUA_KAFKA_PORT", Integer.toString(freePort()));
        env.put("NUA_KAFKA_CONTROLLER_PORT", Integer.toString(freePort()));
        // Small enough for a test to exceed quickly, large enough for the admin the other tests act as.
        env.put("NUA_RATE_LIMIT_AUTHENTICATED", "600");
    }

    int port(String service) {
        return Integer.parseInt(env.get(switch (service) {
            case "indicator-service" -> "NUA_INDICATOR_PORT";
            case "country-service" -> "NUA_COUNTRY_PORT";
            case "report-service" -> "NUA_REPORT_PORT";
            default -> "NUA_GATEWAY_PORT";
        }));
    }

    /** A staff token from the stack's local issuer (deploy/local/token). */
    String token(String role, String subject) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("deploy/local/token").toString(), "--role", role,
            "--subject", subject).directory(root.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        String token = new String(process.getInputStream().readAllBytes()).trim();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("deploy/local/token failed: "
                + new String(process.getErrorStream().readAllBytes()));
        }
        return token;
    }

    /** Stops one service as an operator would (SIGTERM), leaving the rest running. */
    void stop(String service) throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("run").resolve(service + ".pid")).trim().split("\\s+")[0]);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroy();
        process.onExit().get(60, TimeUnit.SECONDS);
    }

    /** 'stack rebuild-read-model': report-service's read model thrown away and replayed from the topics. */
    void rebuildReadModel() throws IOException, InterruptedException {
        run(Duration.ofMinutes(3), "rebuild-read-model");
    }

    /** 'stack up' again: starts whatever is not running. */
    void restart() throws IOException, InterruptedException {
        run(Duration.ofMinutes(3), "up");
    }

    /** The stack's own Kafka broker. */
    String kafkaBootstrapServers() {
        return "127.0.0.1:" + env.get("NUA_KAFKA_PORT");
    }

    Path root() {
        return root;
    }

    int gatewayPort() {
        return gatewayPort;
    }

    /** Starts from nothing: empty databases, a new broker, then 'stack up'. */
    void up() throws IOException, InterruptedException {
        down();
        deleteRecursively(home);
        for (String db : List.of("indicator", "country", "report", "gateway")) {
            TestDatabase.recreate(DB_PREFIX + db);
        }
        run(Duration.ofMinutes(5), "up");
    }

    void down() throws IOException, InterruptedException {
        if (Files.isDirectory(home.resolve("run"))) {
            run(Duration.ofMinutes(2), "down");
        }
    }

    /** PIDs the stack recorded as started by it. */
    List<Long> pids() throws IOException {
        List<Long> pids = new ArrayList<>();
        Path run = home.resolve("run");
        if (Files.isDirectory(run)) {
            try (var files = Files.list(run)) {
                for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                    pids.add(Long.parseLong(Files.readString(pidFile).trim().split("\\s+")[0]));
                }
            }
        }
        return pids;
    }

    Path log(String name) {
        return home.resolve("logs").resolve(name + ".log");
    }

    private void run(Duration timeout, String command) throws IOException, InterruptedException {
        Path output = Files.createDirectories(home).resolve("stack-" + command + ".out");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("deploy/local/stack").toString(), command)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
        builder.environment().putAll(env);
        builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS"); // the stack starts a broker of its own
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("stack " + command + " took over " + timeout + ":\n" + Files.readString(output));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("stack " + command + " failed:\n" + Files.readString(output));
        }
        System.out.println(Files.readString(output));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
