package org.nua.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stoplight Prism as a validating proxy in front of the gateway (deploy/openapi/prism-proxy), and what it found.
 * Every request a test sends through it reaches the gateway unchanged; Prism checks the answer's status, headers
 * and body against the published document and names each mismatch in an {@code sl-violations} header, which this
 * filter collects. Two things no OpenAPI validator checks are added here: a header the document does not list
 * for that answer, and a field it does not list (Prism is given the document with every object schema closed,
 * {@code additionalProperties: false}, so an undocumented field is a mismatch too).
 */
final class ContractProxy implements Filter {

    /** What HTTP itself puts on a message, described by the media type or the protocol rather than by an API. */
    private static final Set<String> FRAMING = Set.of("content-type", "content-length", "date", "transfer-encoding",
        "connection", "keep-alive");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    private final int port;
    private final Process process;
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Set<Integer>> statuses = new ConcurrentHashMap<>();

    private record Operation(String key, String method, Pattern path, int literals, JsonNode definition) {
    }

    private ContractProxy(JsonNode document, int port, Process process) {
        this.document = document;
        this.port = port;
        this.process = process;
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                int literals = path.getKey().replaceAll("\\{[^}]+}", "").length();
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                    method.getKey(), Pattern.compile(regex), literals, method.getValue()));
            }
        }));
        operations.sort(Comparator.comparingInt(Operation::literals).reversed());
    }

    /** Starts Prism on a free port with the document, closed, written to {@code directory}. */
    static ContractProxy start(Path root, JsonNode document, int gatewayPort, Path directory) throws IOException,
        InterruptedException {
        Files.createDirectories(directory);
        Path strict = directory.resolve("openapi-strict.json");
        JSON.writeValue(strict.toFile(), closed(document.deepCopy()));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(root.resolve("deploy/openapi/prism-proxy").toString(),
            strict.toString(), "http://127.0.0.1:" + gatewayPort, Integer.toString(port))
            .directory(root.toFile()).redirectErrorStream(true)
            .redirectOutput(directory.resolve("prism.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!accepts(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Prism did not start:\n"
                    + Files.readString(directory.resolve("prism.log")));
            }
            Thread.sleep(200);
        }
        return new ContractProxy(document, port, process);
    }

    int port() {
        return port;
    }

    void stop() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        if (uri.getPort() == port) {
            check(request.getMethod(), uri.getRawPath(), answer);
        }
        return answer;
    }

    private void check(String method, String path, Response answer) {
        String call = method + " " + path + " -> " + answer.statusCode();
        Optional<Operation> operation = operations.stream()
            .filter(o -> o.method().equalsIgnoreCase(method) && o.path().matcher(path).matches()).findFirst();
        if (operation.isEmpty()) {
            // An unknown path is rightly a 404; anything else would be an operation the document leaves out.
            if ((path.startsWith("/api/") || path.equals("/openapi")) && answer.statusCode() != 404) {
                violations.add(call + ": no operation of the document answers it");
            }
            return;
        }
        statuses.computeIfAbsent(operation.get().key(), k -> ConcurrentHashMap.newKeySet()).add(answer.statusCode());
        String found = answer.header("sl-violations");
        if (found != null) {
            try {
                for (JsonNode violation : JSON.readTree(found)) {
                    if (violation.path("location").path(0).asText().equals("response")) {
                        violations.add(call + ": " + violation.path("message").asText());
                    }
                }
            } catch (IOException e) {
                violations.add(call + ": unreadable sl-violations header " + found);
            }
        }
        JsonNode documented = DocumentRefs.follow(document, operation.get().definition().path("responses")
            .path(Integer.toString(answer.statusCode())));
        Set<String> listed = new TreeSet<>();
        documented.path("headers").fieldNames().forEachRemaining(h -> listed.add(h.toLowerCase(Locale.ROOT)));
        for (Header header : answer.headers()) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (!documented.isMissingNode() && !FRAMING.contains(name) && !name.equals("sl-violations")
                && !listed.contains(name)) {
                violations.add(call + ": header " + header.getName() + " is not documented for this answer");
            }
        }
    }

    /** What Prism found wrong, and every operation that was not answered both with a success and a refusal. */
    List<String> problems() {
        List<String> problems = new ArrayList<>(new TreeSet<>(violations));
        Map<String, Set<Integer>> seen = new TreeMap<>(statuses);
        for (Operation operation : operations) {
            Set<Integer> answered = seen.getOrDefault(operation.key(), Set.of());
            if (answered.stream().noneMatch(s -> s >= 200 && s < 300)) {
                problems.add(operation.key() + ": never answered with a success through the proxy " + answered);
            }
            if (answered.stream().noneMatch(s -> s >= 400 && s < 500)) {
                problems.add(operation.key() + ": never answered with a client error through the proxy "
                    + answered);
            }
        }
        return problems;
    }

    /** Every object schema with properties, closed to any other property. */
    static JsonNode closed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.path("type");
            boolean isObject = type.asText().equals("object")
                || type instanceof ArrayNode types && types.toString().contains("\"object\"");
            if (isObject && object.has("properties") && !object.has("additionalProperties")) {
                object.set("additionalProperties", BooleanNode.FALSE);
            }
            object.elements().forEachRemaining(ContractProxy::closed);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ContractProxy::closed);
        }
        return node;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
