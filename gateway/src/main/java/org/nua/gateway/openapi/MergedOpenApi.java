package org.nua.gateway.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.nua.gateway.config.GatewayConfig;

/**
 * The public API's one OpenAPI document, merged from the services' own documents, which are the source of
 * truth: a service that changes its API changes this document without the gateway being touched.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    MergedOpenApi(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** Thrown when a service's document cannot be fetched; the caller answers 503. */
    public static class UnavailableException extends RuntimeException {
        public UnavailableException(String service, String reason) {
            super("The OpenAPI document of " + service + " is unavailable: " + reason);
        }
    }

    /** @param ownPort the port this gateway serves on, for its own part of the document (API keys) */
    public ObjectNode document(int ownPort) {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : OpenApiMerger.order(config.services())) {
            documents.put(service, fetch(service, config.services().get(service).urls()));
        }
        documents.put("gateway", fetch("gateway", List.of(URI.create("http://127.0.0.1:" + ownPort))));
        ObjectNode info = json.createObjectNode()
            .put("title", "NUA Observatory API")
            .put("version", "1.0.0")
            .put("description", "Monitoring the New Urban Agenda and SDG 11 in Jordan, Ecuador, the Philippines, "
                + "Kazakhstan, Cambodia, Cuba, Costa Rica, Lesotho and Morocco. Errors are RFC 9457 problem details. "
                + "Public data needs no credentials; partner agencies write with an API key (X-API-Key), staff "
                + "with a bearer token; every answer says where the client stands against its rate limit.");
        info.putObject("contact").put("name", "NUA Observatory maintainers");
        info.putObject("license").put("name", "Apache License 2.0").put("identifier", "Apache-2.0");
        ObjectNode merged = new OpenApiMerger(json).merge(info, documents);
        PublicSecurity.apply(merged);
        GatewayAnswers.apply(merged);
        return merged;
    }

    /** From the first instance that answers; every instance of a service serves the same document. */
    private JsonNode fetch(String service, List<URI> instances) {
        UnavailableException unavailable = null;
        for (URI base : instances) {
            try {
                return fetch(service, base);
            } catch (UnavailableException e) {
                unavailable = e;
            }
        }
        throw unavailable;
    }

    private JsonNode fetch(String service, URI base) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
            .timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new UnavailableException(service, "HTTP " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UnavailableException(service, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(service, "interrupted");
        }
    }
}
