package org.nua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Checks every operation of the merged OpenAPI document against access-rules.txt, calling it as each kind of
 * caller. The calls are made so that none changes anything even when allowed: writes name an indicator that
 * does not exist, carry an empty body or lack required parameters; an allowed call must then answer anything
 * but 401, 403 or a 5xx.
 */
final class AccessMatrix {

    /** A kind of caller: its role (null when anonymous), the country its identity names, how it authenticates. */
    record Caller(String name, String role, String country, UnaryOperator<RequestSpecification> credentials) {
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private final Map<String, String> rules = new LinkedHashMap<>();

    AccessMatrix() throws IOException {
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/access-rules.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length == 3 && !fields[0].startsWith("#")) {
                    rules.put(fields[0] + " " + fields[1], fields[2]);
                }
            }
        }
    }

    /** @return the failures, one line each; empty when every operation behaves as its rule says */
    List<String> check(JsonPath document, List<Caller> callers, String ownCountry) {
        List<String> failures = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        Set<String> seen = new TreeSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String key = method.toUpperCase() + " " + path;
            seen.add(key);
            String rule = rules.get(key);
            if (rule == null) {
                failures.add(key + ": no rule in access-rules.txt");
                return;
            }
            Set<String> documented = new TreeSet<>();
            Object roles = operation.get("x-nua-roles");
            if (roles instanceof List<?> list) {
                list.forEach(r -> documented.add(r.toString()));
            }
            Set<String> ruled = new TreeSet<>();
            for (String role : rule.split(",")) {
                if (!role.equals("public")) {
                    ruled.add(role.replace("@country", ""));
                }
            }
            if (!documented.equals(ruled)) {
                failures.add(key + ": documented for " + documented + ", ruled for " + ruled);
            }
            for (Caller caller : callers) {
                Set<String> tokens = Set.of(rule.split(","));
                boolean allowed = tokens.contains("public") || caller.role() != null
                    && (tokens.contains(caller.role())
                        || tokens.contains(caller.role() + "@country") && ownCountry.equals(caller.country()));
                int status = call(caller, method, fill(path, ownCountry));
                boolean ok = allowed ? status != 401 && status != 403 && status < 500
                    : status == (caller.role() == null ? 401 : 403);
                if (!ok) {
                    failures.add(key + " as " + caller.name() + ": " + status + " but the rule says "
                        + (allowed ? "allowed" : "refused"));
                }
            }
        }));
        rules.keySet().stream().filter(k -> !seen.contains(k))
            .forEach(k -> failures.add(k + ": ruled in access-rules.txt but not in the OpenAPI document"));
        return failures;
    }

    private static int call(Caller caller, String method, String url) {
        RequestSpecification request = caller.credentials().apply(RestAssured.given());
        if (method.equals("post") || method.equals("put")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(method.toUpperCase(), url).then().extract().statusCode();
    }

    /** Path parameters that can change nothing: an indicator that does not exist, an unknown job, key or report. */
    static String fill(String path, String country) {
        String filled = path.startsWith("/api/v1/indicators") ? path.replace("{code}", "99.9.9")
            : path.replace("{code}", country);
        boolean uuid = path.contains("/jobs/") || path.startsWith("/api/v1/reports/");
        return filled.replace("{goal}", "11").replace("{format}", "pdf").replace("{agency}", "NO-SUCH-AGENCY")
            .replace("{id}", uuid ? UUID.randomUUID().toString() : "zzzzzzzzzzzz");
    }

    static void assertNoFailures(List<String> failures) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " access rule(s) broken:\n" + String.join("\n", failures));
        }
        assertThat(failures).isEmpty();
    }
}
