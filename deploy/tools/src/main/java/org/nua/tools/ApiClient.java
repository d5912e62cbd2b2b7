package org.nua.tools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The suite's public API as a partner agency reaches it: plain HTTP to the gateway, with the credential found
 * in the environment: an API key in {@code NUA_API_KEY}, or else a bearer token in {@code NUA_TOKEN}.
 */
final class ApiClient {

    /** A response: its status and JSON body (empty object when there is none). */
    record Answer(int status, JsonNode body, String location) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI gateway;
    private final String[] credential;

    ApiClient(URI gateway) {
        this.gateway = gateway;
        String key = System.getenv("NUA_API_KEY");
        String token = System.getenv("NUA_TOKEN");
        this.credential = key != null && !key.isBlank() ? new String[] {"X-API-Key", key.trim()}
            : token != null && !token.isBlank() ? new String[] {"Authorization", "Bearer " + token.trim()}
            : null;
    }

    private HttpRequest.Builder to(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        return credential == null ? request : request.header(credential[0], credential[1]);
    }

    URI gateway() {
        return gateway;
    }

    Answer postBatch(String country, String contentType, String body, boolean dryRun, String idempotencyKey)
        throws IOException, InterruptedException {
        HttpRequest.Builder request = to(gateway.resolve("/api/v1/countries/" + country
                + "/observations/batches" + (dryRun ? "?dryRun=true" : "")))
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    Answer get(String pathOrUrl) throws IOException, InterruptedException {
        HttpRequest request = to(gateway.resolve(pathOrUrl)).timeout(Duration.ofMinutes(1))
            .header("Accept", "application/json").GET().build();
        return answer(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    Answer postJson(String path, Object body) throws IOException, InterruptedException {
        HttpRequest request = to(gateway.resolve(path)).timeout(Duration.ofMinutes(1))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return answer(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private static Answer answer(HttpResponse<String> response) throws IOException {
        String text = response.body();
        JsonNode body = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        return new Answer(response.statusCode(), body, response.headers().firstValue("Location").orElse(null));
    }
}
