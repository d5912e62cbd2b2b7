package org.nua.country.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import org.nua.country.domain.Agency;
import org.nua.country.domain.AgencyService;
import org.nua.platform.http.Locations;

@Path("/api/v1/countries/{code}/agencies")
@Tag(name = "Agencies", description = "Partner agencies that submit a country's data")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Schema(name = "AgencyRequest", description = "A partner agency to register for the country in the path")
    public record AgencyRequest(
        @Schema(description = "Short code, unique within the country", examples = "DOS")
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
            message = "must be letters, digits, '.', '-' or '_'") String code,
        @Schema(examples = "Department of Statistics") @NotBlank @Size(max = 200)
        @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String name,
        @NotNull Agency.Kind kind) {
    }

    @Schema(name = "Agency")
    public record AgencyResponse(String countryCode, String code, String name, Agency.Kind kind, Instant createdAt) {
        static AgencyResponse of(Agency a) {
            return new AgencyResponse(a.countryCode(), a.code(), a.name(), a.kind(), a.createdAt());
        }
    }

    private final AgencyService service;

    AgencyResource(AgencyService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listAgencies", summary = "List the country's partner agencies")
    @APIResponse(responseCode = "200", description = "The agencies, by code",
        content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AgencyResponse.class)))
    @APIResponse(responseCode = "404", description = "No country has this code")
    public List<AgencyResponse> list(@RestPath String code) {
        return service.list(code).stream().map(AgencyResponse::of).toList();
    }

    @GET
    @Path("/{agency}")
    @PermitAll
    @Operation(operationId = "getAgency", summary = "One partner agency of the country")
    @APIResponse(responseCode = "200", description = "The agency",
        content = @Content(schema = @Schema(implementation = AgencyResponse.class)))
    @APIResponse(responseCode = "404", description = "No country has this code, or it has no agency with this one")
    @APIResponse(responseCode = "422", description = "The code or the agency's code is not valid text")
    public AgencyResponse get(@RestPath String code, @RestPath String agency) {
        return AgencyResponse.of(service.get(code, agency));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(operationId = "registerAgency", summary = "Register a partner agency of the country")
    @APIResponse(responseCode = "201", description = "Registered",
        headers = @Header(name = "Location", description = "The agency's URL, relative to the API's base",
            schema = @Schema(type = SchemaType.STRING)),
        content = @Content(schema = @Schema(implementation = AgencyResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON of this shape")
    @APIResponse(responseCode = "404", description = "No country has this code")
    @APIResponse(responseCode = "409", description = "The country has an agency with this code already")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid")
    public Response register(@RestPath String code, @Valid @NotNull AgencyRequest request) {
        Agency agency = service.register(code, request.code(), request.name(), request.kind());
        return Locations.created(UriBuilder.fromPath("/api/v1/countries/{code}/agencies/{agency}")
            .build(code, agency.code())).entity(AgencyResponse.of(agency)).build();
    }
}
