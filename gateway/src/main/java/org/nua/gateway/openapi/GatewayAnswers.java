package org.nua.gateway.openapi;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the gateway itself answers on every operation, documented once here, since no service sees these
 * answers: the credentials it refuses, the limits it enforces (rate, requests in flight, body size, upload pace,
 * content encoding), the services it cannot reach, and the headers it puts on every answer (the request's id,
 * the client's rate limit, the browser protections). Responses and headers an operation documents itself win.
 */
final class GatewayAnswers {

    private static final Set<String> WRITES = Set.of("put", "post", "delete", "patch");

    /** Headers on every answer, with what a client should know of each. */
    private static final List<Map.Entry<String, String>> ALWAYS = List.of(
        Map.entry("X-Request-Id", "This request's id, for support and in the logs of every service it reached; a "
            + "client may send its own"),
        Map.entry("RateLimit", "Where the client stands against its rate limit (IETF RateLimit header fields): the "
            + "policy, the requests remaining (r) and the seconds until the window resets (t)"),
        Map.entry("RateLimit-Policy", "The client's rate limit: the policy, its quota (q) and its window in seconds "
            + "(w)"),
        Map.entry("Referrer-Policy", "no-referrer: a browser sends no Referer from the API's pages"),
        Map.entry("X-Frame-Options", "DENY: no page may frame the API's answers"),
        Map.entry("X-Content-Type-Options", "nosniff: a browser takes the Content-Type as it is"));
    private static final List<String> ALWAYS_NAMES = ALWAYS.stream().map(Map.Entry::getKey).toList();

    private GatewayAnswers() {
    }

    /** The answers the gateway gives any operation, as components; an operation refers to those it can get. */
    private static final List<Answer> ANSWERS = List.of(
        new Answer("401", "Unauthenticated", "The credentials sent are unknown, revoked or expired (a public "
            + "operation is answered to anyone who sends none)", List.of("WWW-Authenticate")),
        new Answer("415", "EncodedBody", "The body is sent with a Content-Encoding: send it uncompressed",
            List.of("Accept-Encoding")),
        new Answer("429", "TooManyRequests", "Too many requests: over the client's rate limit or requests in "
            + "flight, or too many failed credentials from its address; retry after Retry-After",
            List.of("Retry-After")),
        new Answer("503", "ServiceUnavailable", "The service is unavailable (restarting, or its database away); "
            + "retry after Retry-After", List.of("Retry-After")),
        new Answer("504", "ServiceTimeout", "The service did not answer in time", List.of()),
        new Answer("502", "OutcomeUnknown", "The connection to the service broke after the request was sent: the "
            + "write may have taken effect; read before retrying, or retry with the same Idempotency-Key", List.of()),
        new Answer("408", "BodyTooSlow", "The body was sent too slowly", List.of()),
        new Answer("413", "BodyTooLarge", "The body is larger than the gateway accepts", List.of()));

    private record Answer(String status, String name, String description, List<String> headers) {
    }

    static void apply(ObjectNode document) {
        ObjectNode components = document.with("components");
        ObjectNode headers = components.with("headers");
        ALWAYS.forEach(entry -> header(headers, entry.getKey(), entry.getValue()));
        header(headers, "Retry-After", "Seconds to wait before trying again");
        header(headers, "Accept-Encoding", "identity: the only content coding a body may be sent with");
        header(headers, "WWW-Authenticate", "The ways to authenticate: a bearer token, or an API key in X-API-Key");
        ObjectNode responses = components.with("responses");
        for (Answer answer : ANSWERS) {
            ObjectNode response = responses.putObject(answer.name());
            PublicSecurity.problem(response, answer.description());
            addHeaders(response, answer.headers());
        }
        DocumentOperations.forEach(document, GatewayAnswers::answer);
    }

    private static void answer(String method, ObjectNode operation) {
        ObjectNode responses = operation.with("responses");
        Iterator<Map.Entry<String, JsonNode>> own = responses.fields();
        while (own.hasNext()) {
            Map.Entry<String, JsonNode> response = own.next();
            if (response.getValue() instanceof ObjectNode answer && !answer.has("$ref")) {
                List<String> extra = ANSWERS.stream().filter(a -> a.status().equals(response.getKey()))
                    .flatMap(a -> a.headers().stream()).toList();
                addHeaders(answer, extra);
            }
        }
        for (Answer answer : ANSWERS) {
            boolean applies = switch (answer.status()) {
                case "502" -> WRITES.contains(method);
                case "408", "413" -> operation.has("requestBody");
                default -> true;
            };
            if (applies && !responses.has(answer.status())) {
                responses.putObject(answer.status()).put("$ref", "#/components/responses/" + answer.name());
            }
        }
    }

    /** The headers on every answer, and these. */
    private static void addHeaders(ObjectNode response, List<String> extra) {
        ObjectNode headers = response.with("headers");
        for (String name : Stream.concat(ALWAYS_NAMES.stream(), extra.stream()).toList()) {
            if (!hasHeader(headers, name)) {
                headers.putObject(name).put("$ref", "#/components/headers/" + name);
            }
        }
    }

    private static boolean hasHeader(ObjectNode headers, String name) {
        Iterator<String> names = headers.fieldNames();
        while (names.hasNext()) {
            if (names.next().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static void header(ObjectNode headers, String name, String description) {
        headers.putObject(name).put("description", description).putObject("schema").put("type", "string");
    }
}
