package org.nua.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.nua.testsupport.TestDatabase;

/**
 * Hostile and careless requests to every operation of the merged OpenAPI document, generated from it: each path,
 * query and header parameter and each field of a JSON body in turn given values of the wrong type, out of any
 * bound, too long, with NUL and control characters, invalid UTF-8 or a spreadsheet formula; whole bodies that
 * are not JSON, repeat a field, nest too deep or are large; unknown media types and credentials. Each answer
 * must be below 500, a problem document when it is an error, and free of class names, stack traces and
 * addresses; and no request that was not answered 2xx may change what the services store.
 */
final class HostileRequests {

    /** What an answer must never show: Java's internals, a stack frame, SQL, or where a service listens. */
    static final Pattern LEAK = Pattern.compile("Exception|\\tat |\\bat (java|org|io|com)\\.|org\\.nua|java\\.[a-z]"
        + "|jakarta\\.|com\\.fasterxml|io\\.(quarkus|vertx|smallrye|netty)|127\\.0\\.0\\.1|localhost:[0-9]|SQLSTATE"
        + "|PSQLException|ERROR: ");

    /** Operations that change nothing a request could be refused about but cost the whole suite work. */
    private static final Set<String> NOT_SENT = Set.of("POST /api/v1/topics/indicator.events/republish",
        "POST /api/v1/topics/country.events/republish", "POST /api/v1/topics/observation.events/republish",
        "POST /api/v1/read-model/dead-letters/replay");

    /** Values for a text parameter or field: each is sent percent-encoded in a URL, as JSON text in a body. */
    private static final List<String> TEXTS = List.of("", " ", "a".repeat(2_000), "a\u0000b", "\u001b[31mred",
        "=HYPERLINK(\"http://example.org\")", "+1+1", "@SUM(1)", "../../../etc/passwd", "' OR '1'='1", "\u202eevil",
        "${7*7}", "1e2147483647", "-1", "JOR,MAR", "\ud83c\udfd9\ufe0f", "%", "\\u0000", Request.INVALID_UTF8);
    private static final List<String> NUMBERS = List.of("1e400", "1e2147483647", "2147483648", "-2147483649",
        "9".repeat(400), "abc", "", "1.5", "-1", "0x10", "NaN", "Infinity");
    private static final List<String> INSTANTS = List.of("-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
        "2026-02-30T00:00:00Z", "0000-00-00", "now", "1949-12-31T23:59:59Z");
    private static final List<String> BOOLEANS = List.of("maybe", "", "1", "TRUE ");
    /** Values for a header: no NUL, CR or LF, which no client library sends. */
    private static final List<String> HEADER_VALUES = List.of("", "a".repeat(2_000), "*, \"", "W/\"", "=1+1",
        "ar;q=abc", "zz-ZZ-x-".repeat(100), "\u00ff\u00fe");
    /** JSON values that replace one field of a body. */
    private static final List<String> JSON_VALUES = List.of("12345", "true", "null", "[]", "{}", "\"a\\u0000b\"",
        "\"=cmd|' /C calc'!A0\"", "\"" + "x".repeat(100_000) + "\"", "\"\\ud800\"", "\"\\u001b\"", "1e2147483647",
        "1e400", "-1e400", "2147483648", "1.5", "9".repeat(400), "\"2016\"", "[null]", "{\"a\": {\"b\": [1]}}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Decimals kept as written: as doubles, 1e2147483647 and 1e400 would be sent as Infinity, not as numbers. */
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final String base;
    private final String databasePrefix;
    private final Function<String, String> tokens;
    private final List<String> failures = new ArrayList<>();
    private String state;
    private int sent;
    /** The statuses the document lists for the operation whose requests are being sent. */
    private Set<String> documentedStatuses = Set.of();

    /**
     * @param base   the gateway, e.g. http://127.0.0.1:8080
     * @param databasePrefix what the stack's database names start with (deploy/local/stack's NUA_DB_PREFIX)
     * @param tokens an admin token for a subject, so each operation has a rate-limit bucket of its own and the
     *               requests reach the services' validation rather than a 429
     */
    HostileRequests(String base, String databasePrefix, Function<String, String> tokens) {
        this.base = base;
        this.databasePrefix = databasePrefix;
        this.tokens = tokens;
    }

    int sent() {
        return sent;
    }

    /** @return the failures, one line each; empty when every answer was as it must be */
    List<String> check(JsonNode document) throws Exception {
        try {
            return checkEveryOperation(document);
        } finally {
            closeDatabases();
        }
    }

    private List<String> checkEveryOperation(JsonNode document) throws Exception {
        state = storedState();
        int index = 0;
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)
                    || NOT_SENT.contains(method + " " + path.getKey())) {
                    continue;
                }
                documentedStatuses = new TreeSet<>();
                entry.getValue().path("responses").fieldNames().forEachRemaining(documentedStatuses::add);
                Operation operation = new Operation(method, path.getKey(), entry.getValue(), document,
                    "Bearer " + tokens.apply("hostile-" + index++));
                for (Request request : operation.hostileRequests()) {
                    exchange(request);
                }
            }
        }
        return failures;
    }

    /**
     * Sends one request and judges its answer; a write answered otherwise than 2xx must leave what is stored as
     * it was, while what an accepted one wrote becomes the new reference.
     */
    private HttpResponse<String> exchange(Request request) {
        HttpResponse<String> answer = send(request);
        judge(request, answer);
        if (request.method().equals("GET")) {
            return answer;
        }
        try {
            String now = storedState();
            if (!now.equals(state) && (answer == null || answer.statusCode() / 100 != 2)) {
                failures.add(request + " -> " + (answer == null ? "no answer" : answer.statusCode())
                    + " but it changed what is stored: " + state + " became " + now);
            }
            state = now;
        } catch (SQLException e) {
            throw new IllegalStateException("The stack's databases cannot be read", e);
        }
        return answer;
    }

    /** One request as sent: its description for a failure, and its parts. */
    record Request(String what, String method, String pathAndQuery, Map<String, String> headers, byte[] body) {

        /** Stands for the bytes FF FE, which no UTF-8 text holds, wherever it is percent-encoded into a URL. */
        static final String INVALID_UTF8 = "\ue000";

        @Override
        public String toString() {
            return method + " " + abbreviate(pathAndQuery, 160) + " (" + what + ")";
        }
    }

    private HttpResponse<String> send(Request request) {
        sent++;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            failures.add(request + ": no answer (" + e + ")");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void judge(Request request, HttpResponse<String> answer) {
        if (answer == null) {
            return;
        }
        int status = answer.statusCode();
        String body = answer.body();
        // An empty path parameter leaves a path of no operation (/countries//agencies): that one is not judged here.
        boolean addressesIt = !request.pathAndQuery().split("\\?", 2)[0].contains("//");
        if (addressesIt && !documentedStatuses.contains(Integer.toString(status))) {
            // Prism checks the answers of the other tests; these go around it, so the status is checked here.
            failures.add(request + " -> " + status + ": a status the document does not list for this operation "
                + documentedStatuses);
        }
        if (status >= 500) {
            failures.add(request + " -> " + status + ": " + abbreviate(body, 200));
            return;
        }
        if (status < 400 && request.headers().containsKey("Content-Encoding")) {
            // Nothing here decodes a body: taking one would read its compressed bytes as the data.
            failures.add(request + " -> " + status + ": a body with a Content-Encoding was taken as it came");
            return;
        }
        if (status >= 400) {
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add(request + " -> " + status + " without a problem document (" + type + "): "
                    + abbreviate(body, 200));
                return;
            }
            try {
                JsonNode problem = json.readTree(body);
                if (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != status) {
                    failures.add(request + " -> " + status + ": an incomplete problem: " + abbreviate(body, 200));
                }
            } catch (IOException e) {
                failures.add(request + " -> " + status + ": a problem that is not JSON: " + abbreviate(body, 200));
            }
        }
        if (status >= 400 && LEAK.matcher(body).find()) {
            failures.add(request + " -> " + status + " shows internals: " + abbreviate(body, 300));
        }
    }

    /**
     * What requests may write, counted in each service's database: inserts of every kind, and the revisions,
     * versions and version counters that every update of an observation, indicator or API key adds to.
     */
    private static final Map<String, List<String>> STORED = Map.of(
        "indicator", List.of("select count(*) from indicator", "select count(*) from indicator_version"),
        "country", List.of("select count(*) from agency", "select count(*) from observation",
            "select count(*) from observation_revision", "select count(*) from ingestion_job",
            "select count(*) from idempotent_request"),
        "report", List.of("select count(*) from report"),
        "gateway", List.of("select count(*) from api_key", "select coalesce(sum(version), 0) from api_key"));

    private final Map<String, Connection> databases = new LinkedHashMap<>();

    private String storedState() throws SQLException {
        StringBuilder state = new StringBuilder();
        for (String service : List.of("indicator", "country", "report", "gateway")) {
            Connection connection = databases.get(service);
            if (connection == null) {
                connection = DriverManager.getConnection(TestDatabase.jdbcUrl(databasePrefix + service),
                    TestDatabase.user(), TestDatabase.password());
                databases.put(service, connection);
            }
            state.append(service).append('=');
            for (String query : STORED.get(service)) {
                try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
                    result.next();
                    state.append(result.getLong(1)).append(',');
                }
            }
            state.append(' ');
        }
        return state.toString();
    }

    private void closeDatabases() throws SQLException {
        for (Connection connection : databases.values()) {
            connection.close();
        }
        databases.clear();
    }

    /** One operation of the document and the hostile requests made from it. */
    private final class Operation {

        private final String method;
        private final String template;
        private final JsonNode operation;
        private final JsonNode document;
        private final String authorization;
        private final Map<String, JsonNode> parameters = new LinkedHashMap<>();

        Operation(String method, String template, JsonNode operation, JsonNode document, String authorization) {
            this.method = method;
            this.template = template;
            this.operation = operation;
            this.document = document;
            this.authorization = authorization;
            for (JsonNode parameter : operation.path("parameters")) {
                parameters.put(parameter.path("in").asText() + ":" + parameter.path("name").asText(), parameter);
            }
        }

        List<Request> hostileRequests() throws IOException {
            List<Request> requests = new ArrayList<>();
            parameters.forEach((key, parameter) -> {
                String in = parameter.path("in").asText();
                String name = parameter.path("name").asText();
                for (String value : in.equals("header") ? HEADER_VALUES : valuesFor(parameter.path("schema"))) {
                    Map<String, String> path = pathValues();
                    Map<String, String> query = queryValues();
                    Map<String, String> headers = headers();
                    switch (in) {
                        case "path" -> path.put(name, value);
                        case "query" -> query.put(name, value);
                        default -> headers.put(name, value);
                    }
                    requests.add(request(in + " " + name + "=" + abbreviate(printable(value), 40), path, query,
                        headers, body()));
                }
                if (in.equals("query")) {
                    // The same parameter twice: a framework that takes the first and a proxy that takes the last
                    // would disagree on what was asked.
                    Map<String, String> query = queryValues();
                    String twice = encodedQuery(query) + (query.isEmpty() ? "?" : "&") + encode(name) + "=1&"
                        + encode(name) + "=2";
                    requests.add(new Request("query " + name + " twice", method, encodedPath(pathValues()) + twice,
                        headers(), body()));
                }
            });
            ObjectNode body = base();
            if (body != null) {
                for (String field : fieldsOf(body)) {
                    List<String> values = new ArrayList<>(JSON_VALUES);
                    if (isInstant(field)) {
                        INSTANTS.forEach(instant -> values.add("\"" + instant + "\""));
                    }
                    for (String value : values) {
                        ObjectNode hostile = renew(body.deepCopy());
                        hostile.set(field, json.readTree(value));
                        requests.add(request("body /" + field + " = " + abbreviate(value, 40), pathValues(),
                            queryValues(), headers(), json.writeValueAsBytes(hostile)));
                    }
                }
                String text = json.writeValueAsString(renew(body.deepCopy()));
                String first = body.fieldNames().hasNext() ? body.fieldNames().next() : "x";
                List<String> bodies = List.of("", "null", "[]", "\"x\"", "{", "{\"" + first + "\": 1, \""
                    + first + "\": 2}", text.replaceFirst("\\{", "{\"" + first + "\": null, "), "[".repeat(5_000),
                    "{\"a\":" + "[".repeat(1_500) + "]".repeat(1_500) + "}", text + " " + " ".repeat(2_000_000));
                for (String hostile : bodies) {
                    requests.add(request("body " + abbreviate(hostile, 40), pathValues(), queryValues(), headers(),
                        hostile.getBytes(StandardCharsets.UTF_8)));
                }
                // An e acute as Latin-1 writes it: one byte that UTF-8 has only inside a longer sequence.
                byte[] latin1 = text.replaceFirst(":\"", ":\"\u00e9").getBytes(StandardCharsets.ISO_8859_1);
                requests.add(request("body in Latin-1", pathValues(), queryValues(), headers(), latin1));
                Map<String, String> types = headers();
                types.put("Content-Type", "application/x-nonsense");
                requests.add(request("Content-Type application/x-nonsense", pathValues(), queryValues(), types,
                    text.getBytes(StandardCharsets.UTF_8)));
                types = headers();
                types.put("Content-Encoding", "gzip");
                requests.add(request("Content-Encoding gzip, not gzipped", pathValues(), queryValues(), types,
                    text.getBytes(StandardCharsets.UTF_8)));
            }
            if (operation.path("requestBody").path("content").has("text/csv")) {
                for (String csv : hostileCsv()) {
                    Map<String, String> headers = headers();
                    headers.put("Content-Type", "text/csv");
                    requests.add(request("CSV " + abbreviate(printable(csv), 60), pathValues(), queryValues(),
                        headers, csv.getBytes(StandardCharsets.UTF_8)));
                }
            }
            Map<String, String> accept = headers();
            accept.put("Accept", "application/x-nonsense");
            requests.add(request("Accept application/x-nonsense", pathValues(), queryValues(), accept, body()));
            for (String credential : List.of("Bearer not-a-token", "Bearer " + "e30.".repeat(3), "Basic YTpi")) {
                Map<String, String> headers = headers();
                headers.put("Authorization", credential);
                requests.add(request("Authorization " + credential, pathValues(), queryValues(), headers, body()));
            }
            Map<String, String> key = headers();
            key.remove("Authorization");
            key.put("X-API-Key", "nua_" + "0".repeat(16) + "." + "x".repeat(40));
            requests.add(request("an unknown API key", pathValues(), queryValues(), key, body()));
            return requests;
        }

        private List<String> valuesFor(JsonNode schema) {
            JsonNode resolved = resolve(schema);
            String type = resolved.path("type").asText("string");
            String format = resolved.path("format").asText("");
            if (type.equals("integer") || type.equals("number")) {
                return NUMBERS;
            }
            if (type.equals("boolean")) {
                return BOOLEANS;
            }
            if (format.equals("date-time")) {
                return INSTANTS;
            }
            return TEXTS;
        }

        /**
         * Each path and query parameter at its documented example (a known country, indicator and series), so
         * that one hostile value at a time meets the code that would read it, as it would for a real caller.
         */
        private Map<String, String> pathValues() {
            Map<String, String> values = new LinkedHashMap<>();
            parameters.forEach((key, parameter) -> {
                if (key.startsWith("path:")) {
                    String name = parameter.path("name").asText();
                    values.put(name, parameter.has("example") ? parameter.path("example").asText() : switch (name) {
                        case "id" -> UUID.randomUUID().toString();
                        case "format" -> "pdf";
                        default -> "JOR";
                    });
                }
            });
            return values;
        }

        private Map<String, String> queryValues() {
            Map<String, String> values = new LinkedHashMap<>();
            parameters.forEach((key, parameter) -> {
                if (key.startsWith("query:") && parameter.has("example")) {
                    values.put(parameter.path("name").asText(), parameter.path("example").asText());
                }
            });
            return values;
        }

        private Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", authorization);
            if (exampleBodyType() != null) {
                headers.put("Content-Type", exampleBodyType());
            }
            return headers;
        }

        private String exampleBodyType() {
            JsonNode content = operation.path("requestBody").path("content");
            return content.has("application/json") ? "application/json"
                : content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        }

        private byte[] body() {
            ObjectNode body = base();
            try {
                return body == null ? null : json.writeValueAsBytes(renew(body.deepCopy()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private ObjectNode example;
        private ObjectNode base;
        private boolean baseFound;
        private String freshField;
        private int renewals;

        /**
         * The body the hostile ones vary: the document's example, less the fields that make it refused (an
         * expiry example now past, fields a report type forbids), found by leaving one out at a time while that
         * lowers the number of errors. Only a base that is accepted lets a hostile value reach the code past
         * validation; the probes are sent and judged like every other request.
         */
        private ObjectNode base() {
            if (baseFound) {
                return base;
            }
            baseFound = true;
            example = exampleBody();
            if (example == null) {
                return null;
            }
            base = example;
            HttpResponse<String> first = exchange(probe(base));
            if (first != null && first.statusCode() == 409) {
                first = withFreshField(first);
            }
            base = withoutRefusedFields(errors(first));
            return base;
        }

        /** The example names something that exists: finds the field that must be new on every request. */
        private HttpResponse<String> withFreshField(HttpResponse<String> conflict) {
            for (String field : fieldsOf(base)) {
                if (!base.path(field).isTextual()) {
                    continue;
                }
                freshField = field;
                HttpResponse<String> renewed = exchange(probe(renew(base.deepCopy())));
                if (renewed != null && renewed.statusCode() != 409 && !blames(renewed, field)) {
                    return renewed;
                }
                freshField = null;
            }
            return conflict;
        }

        /** Leaves out, one at a time, the optional field whose absence leaves the fewest errors, while any do. */
        private ObjectNode withoutRefusedFields(int errors) {
            Set<String> required = new HashSet<>();
            resolve(requestSchema()).path("required").forEach(name -> required.add(name.asText()));
            ObjectNode current = base;
            while (errors > 0 && errors < Integer.MAX_VALUE) {
                ObjectNode best = null;
                int fewest = errors;
                for (String field : fieldsOf(current)) {
                    ObjectNode without = current.deepCopy();
                    without.remove(field);
                    int left = required.contains(field) ? Integer.MAX_VALUE : errors(exchange(probe(renew(without))));
                    if (left < fewest) {
                        best = without;
                        fewest = left;
                    }
                }
                if (best == null) {
                    return current;
                }
                current = best;
                errors = fewest;
            }
            return current;
        }

        /**
         * The body with its fresh field, if it has one, given a value no earlier request used and shaped like the
         * example: its last number replaced (11.6.2 becomes 11.6.101), or a suffix when it has none (DOS-h1).
         */
        private ObjectNode renew(ObjectNode body) {
            if (freshField != null && body.path(freshField).isTextual()) {
                String value = example.path(freshField).asText();
                int n = ++renewals;
                body.put(freshField, value.matches(".*[0-9]+") ? value.replaceFirst("[0-9]+$",
                    Integer.toString(100 + n)) : value + "-h" + n);
            }
            return body;
        }

        /** Whether an answer may be about the field: anything but a success or a 422 that blames other fields. */
        private boolean blames(HttpResponse<String> answer, String field) {
            if (answer.statusCode() / 100 == 2) {
                return false;
            }
            try {
                JsonNode errors = json.readTree(answer.body()).path("errors");
                for (JsonNode error : errors) {
                    if (error.path("pointer").asText().equals("/" + field)) {
                        return true;
                    }
                }
                return answer.statusCode() != 422 || errors.isEmpty();
            } catch (IOException e) {
                return true;
            }
        }

        private Request probe(ObjectNode body) {
            try {
                return request("base " + abbreviate(body.toString(), 60), pathValues(), queryValues(), headers(),
                    json.writeValueAsBytes(body));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** 0 for an accepted request, the errors of a 422 problem (one if it lists none), many otherwise. */
        private int errors(HttpResponse<String> answer) {
            if (answer == null || answer.statusCode() != 422 && answer.statusCode() / 100 != 2) {
                return Integer.MAX_VALUE;
            }
            if (answer.statusCode() / 100 == 2) {
                return 0;
            }
            try {
                return Math.max(1, json.readTree(answer.body()).path("errors").size());
            } catch (IOException e) {
                return Integer.MAX_VALUE;
            }
        }

        /** A JSON body made from the request schema: each property at its example, or a value of its type. */
        private ObjectNode exampleBody() {
            JsonNode schema = requestSchema();
            if (schema.isMissingNode()) {
                return null;
            }
            JsonNode resolved = resolve(schema);
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            for (var property : resolved.path("properties").properties()) {
                JsonNode definition = resolve(property.getValue());
                JsonNode example = definition.has("examples") && definition.path("examples").isArray()
                    ? definition.path("examples").path(0) : definition.path("example");
                JsonNode items = resolve(definition.path("items"));
                // A field without an example is left out (a made-up value would be refused before the hostile
                // one), unless the document lists the values it may take.
                if (!example.isMissingNode()) {
                    body.set(property.getKey(), example);
                } else if (definition.has("enum")) {
                    body.set(property.getKey(), definition.path("enum").path(0));
                } else if (items.has("enum")) {
                    body.set(property.getKey(), JsonNodeFactory.instance.arrayNode().add(items.path("enum").path(0)));
                }
            }
            return body;
        }

        private boolean isInstant(String field) {
            return resolve(resolve(requestSchema()).path("properties").path(field)).path("format").asText()
                .equals("date-time");
        }

        private JsonNode requestSchema() {
            return operation.path("requestBody").path("content").path("application/json").path("schema");
        }

        private JsonNode resolve(JsonNode schema) {
            JsonNode current = DocumentRefs.follow(document, schema);
            if (current.has("allOf") && current.path("allOf").size() == 1) {
                return resolve(current.path("allOf").path(0));
            }
            return current;
        }

        private Request request(String what, Map<String, String> path, Map<String, String> query,
                                Map<String, String> headers, byte[] body) {
            return new Request(what, method, encodedPath(path) + encodedQuery(query), headers, body);
        }

        private String encodedPath(Map<String, String> values) {
            String path = template;
            for (var value : values.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
            }
            return path;
        }

        private String encodedQuery(Map<String, String> values) {
            StringBuilder query = new StringBuilder();
            values.forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&').append(encode(name)).append('=')
                .append(encode(value)));
            return query.toString();
        }
    }

    /** CSV bodies for the batch upload: each cell in turn hostile, and files that are not CSV at all. */
    private static List<String> hostileCsv() {
        String header = "indicator_code,series_code,year,value,unit,source\n";
        List<String> bodies = new ArrayList<>();
        for (String value : List.of("1e2147483647", "9".repeat(100_000), "=1+1", "NaN", "-0", "1e-400")) {
            bodies.add(header + "11.6.2,EN_ATM_PM25,2016," + value + ",mgr/m^3,x\n");
        }
        for (String year : List.of("1e400", "2147483648", "-1", "2016.5")) {
            bodies.add(header + "11.6.2,EN_ATM_PM25," + year + ",1,mgr/m^3,x\n");
        }
        bodies.add(header + "11.6.2,EN_ATM_PM25,2016,1,mgr/m^3,\"=HYPERLINK(\"\"http://example.org\"\")\"\n");
        bodies.add(header + "11.6.2,EN_ATM_PM25,2016,1,mgr/m^3,a\u0000b\n");
        bodies.add(header + "11.6.2,EN_ATM_PM25,2016,1,mgr/m^3,\"unclosed\n");
        bodies.add("indicator_code,indicator_code,year,value,unit\n11.6.2,11.6.2,2016,1,mgr/m^3\n");
        bodies.add("SERIES,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\nEN_ATM_PM25,2016,1,mgr/m^3,1000000\n");
        bodies.add("SERIES,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\nEN_ATM_PM25,2016,1,mgr/m^3,abc\n");
        bodies.add(String.join(",", Collections.nCopies(10_000, "c")) + "\n");
        bodies.add("");
        bodies.add("\n\n\n");
        return bodies;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
            .replace(URLEncoder.encode(Request.INVALID_UTF8, StandardCharsets.UTF_8), "%FF%FE");
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
            : new String(Character.toChars(c))));
        return out.toString();
    }

    private static String abbreviate(String text, int max) {
        String flat = text == null ? "" : text.replace('\n', ' ');
        return flat.length() > max ? flat.substring(0, max) + "..." : flat;
    }

    /** The field names of an object, as a list the loop may outlive changes to copies of it. */
    private static List<String> fieldsOf(ObjectNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
