package org.nua.country.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import org.nua.country.domain.CountryService;

@Path("/api/v1/countries")
@Tag(name = "Countries", description = "The nine countries of the New Urban Agenda project")
@Produces(MediaType.APPLICATION_JSON)
public class CountryResource {

    private final CountryService service;

    CountryResource(CountryService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCountries", summary = "List the countries, ordered by ISO alpha-3 code")
    @APIResponse(responseCode = "200", description = "Every country",
        content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CountryResponse.class)))
    public List<CountryResponse> list() {
        return service.list().stream().map(CountryResponse::of).toList();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getCountry", summary = "Get one country by its ISO 3166-1 alpha-3 code")
    @APIResponse(responseCode = "200", description = "The country",
        content = @Content(schema = @Schema(implementation = CountryResponse.class)))
    @APIResponse(responseCode = "404", description = "No country has this code")
    public CountryResponse get(@RestPath String code) {
        return CountryResponse.of(service.get(code));
    }
}
