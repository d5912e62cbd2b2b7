package org.nua.gateway.downstream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.nua.gateway.config.GatewayConfig;
import org.nua.gateway.domain.AgencyDirectory;
import org.nua.gateway.domain.GatewayException;

/** Asks country-service, which owns agencies, through its public read of a country's agencies. */
@ApplicationScoped
public class CountryServiceAgencies implements AgencyDirectory {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<URI> countryService;
    private final Duration timeout;

    CountryServiceAgencies(GatewayConfig config) {
        GatewayConfig.Service service = config.services().get("country-service");
        this.countryService = service.urls();
        this.timeout = service.timeout().orElse(config.idleTimeout());
    }

    @Override
    public void requireAgency(String countryCode, String agencyCode) {
        HttpResponse<String> response = agenciesOf(countryCode);
        if (response.statusCode() == 404) {
            throw GatewayException.invalid("No country has the code '" + countryCode + "'.");
        }
        if (response.statusCode() != 200) {
            throw unavailable();
        }
        try {
            for (Object agency : new JsonArray(response.body())) {
                if (agency instanceof JsonObject a && agencyCode.equals(a.getString("code"))) {
                    return;
                }
            }
        } catch (DecodeException e) {
            throw unavailable();
        }
        throw new GatewayException(422, "urn:nua:problem:unknown-agency", "Unknown agency", countryCode
            + " has no agency '" + agencyCode + "'; register it first (POST /api/v1/countries/" + countryCode
            + "/agencies).");
    }

    /** From the first instance that answers. */
    private HttpResponse<String> agenciesOf(String countryCode) {
        for (URI base : countryService) {
            try {
                return http.send(HttpRequest.newBuilder(base.resolve("/api/v1/countries/" + countryCode
                        + "/agencies")).timeout(timeout).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                continue; // the next instance may answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unavailable();
            }
        }
        throw unavailable();
    }

    private static GatewayException unavailable() {
        return new GatewayException(503, "urn:nua:problem:service-unavailable", "Service unavailable",
            "country-service, which knows the agencies, cannot answer right now; retry later.");
    }
}
