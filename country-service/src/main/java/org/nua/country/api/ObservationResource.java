package org.nua.country.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.country.domain.ObservationFilter;
import org.nua.country.domain.ObservationService;
import org.nua.country.domain.ObservationState;
import org.nua.platform.http.CsvNegotiation;

@Path("/api/v1/countries/{code}/observations")
@Tag(name = "Observations", description = "Indicator values submitted for a country")
public class ObservationResource {

    private final ObservationService service;
    private final ObjectMapper json;
    private final Caller caller;

    ObservationResource(ObservationService service, ObjectMapper json, Caller caller) {
        this.service = service;
        this.json = json;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PARTNER, Caller.ADMIN})
    @CountryScoped(CountryScoped.Access.WRITE)
    @Operation(operationId = "submitObservation",
        summary = "Record or revise one observation of the country, validated against the catalogue")
    @APIResponse(responseCode = "201", description = "Recorded for the first time; observation.recorded.v1 follows",
        content = @Content(schema = @Schema(implementation = ObservationResponse.class)))
    @APIResponse(responseCode = "200",
        description = "Already known: revised (observation.revised.v1 follows) or unchanged (no event)",
        content = @Content(schema = @Schema(implementation = ObservationResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, or has fields this operation does not take")
    @APIResponse(responseCode = "404", description = "No country has this code")
    @APIResponse(responseCode = "422", description = "A field is invalid or does not fit the catalogue, the "
        + "country's cities or the submitting agency")
    public Response submit(@RestPath String code,
                           @Parameter(description = "Code of the partner agency submitting") @RestQuery
                           @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String agency,
                           @Valid @NotNull ObservationRequest request) {
        agency = caller.agency(agency);
        ObservationService.Result result = service.submit(code, request.toRow(), agency);
        int status = result.outcome() == ObservationService.Outcome.RECORDED ? 201 : 200;
        return Response.status(status).entity(ObservationResponse.of(result.observation(), result.outcome()))
            .build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, BatchFormats.CSV})
    @PermitAll
    @Operation(operationId = "listObservations", summary = "Read the country's observations: time series, filtered "
        + "by indicator, series, city, breakdown and years, now or as known at a past instant")
    @APIResponse(responseCode = "200", description = "One page, ordered by indicator, series, city, breakdown and "
        + "year; as CSV (the columns a CSV batch takes) when Accept asks for text/csv or format=csv",
        headers = @Header(name = "ETag", description = "Changes whenever the page would",
            schema = @Schema(type = SchemaType.STRING)),
        content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ObservationPage.class)),
            @Content(mediaType = BatchFormats.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No country has this code")
    @APIResponse(responseCode = "422", description = "A parameter is invalid")
    public Response list(
        @RestPath String code,
        @Valid @BeanParam ObservationFilterParameters query,
        @Parameter(description = "First year") @RestQuery @Min(1950) @Max(2100) Integer from,
        @Parameter(description = "Last year") @RestQuery @Min(1950) @Max(2100) Integer to,
        @RestQuery @DefaultValue("0") @Min(0) @Max(10_000_000) int offset,
        @RestQuery @DefaultValue("100") @Min(1) @Max(1000) int limit,
        @Parameter(description = "csv for CSV whatever Accept says") @RestQuery @Pattern(regexp = "json|csv")
        String format,
        @RestHeader("If-None-Match") String ifNoneMatch, HttpHeaders headers) throws JsonProcessingException {
        ObservationFilter filter = query.toFilter(code, from, to);
        ObservationService.Page page = service.page(filter, offset, limit);
        boolean csv = CsvNegotiation.wantsCsv(format, headers);
        byte[] body = csv ? ObservationCsv.of(page.items()).getBytes(StandardCharsets.UTF_8)
            : json.writeValueAsBytes(new ObservationPage(page.items().stream().map(ObservationResponse::of).toList(),
                page.total(), offset, limit));
        return tagged(body, csv, ifNoneMatch, code + "-observations.csv");
    }

    @GET
    @Path("/latest")
    @Produces({MediaType.APPLICATION_JSON, BatchFormats.CSV})
    @PermitAll
    @Operation(operationId = "latestObservations",
        summary = "The most recent year's value of each indicator series (per city and breakdown) that matches")
    @APIResponse(responseCode = "200", description = "One observation per series, city and breakdown",
        headers = @Header(name = "ETag", description = "Changes whenever the answer would",
            schema = @Schema(type = SchemaType.STRING)),
        content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ObservationResponse.class)),
            @Content(mediaType = BatchFormats.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No country has this code")
    @APIResponse(responseCode = "422", description = "A parameter is invalid")
    public Response latest(
        @RestPath String code,
        @Valid @BeanParam ObservationFilterParameters query,
        @Parameter(description = "csv for CSV whatever Accept says") @RestQuery @Pattern(regexp = "json|csv")
        String format,
        @RestHeader("If-None-Match") String ifNoneMatch, HttpHeaders headers) throws JsonProcessingException {
        List<ObservationState> latest = service.latest(query.toFilter(code, null, null));
        boolean csv = CsvNegotiation.wantsCsv(format, headers);
        byte[] body = csv ? ObservationCsv.of(latest).getBytes(StandardCharsets.UTF_8)
            : json.writeValueAsBytes(latest.stream().map(ObservationResponse::of).toList());
        return tagged(body, csv, ifNoneMatch, code + "-latest.csv");
    }

    @GET
    @Path("/history")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "observationHistory", summary = "List every revision of one observation, oldest first")
    @APIResponse(responseCode = "200", description = "The revisions (a withdrawal is one too); updatedAt is when "
        + "each was recorded; empty when there is no such observation",
        content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ObservationResponse.class)))
    @APIResponse(responseCode = "404", description = "No country has this code")
    @APIResponse(responseCode = "422", description = "A parameter is missing or invalid")
    public List<ObservationResponse> history(
        @RestPath String code,
        @Valid @BeanParam ObservationKeyParameters key) {
        return service.history(key.toKey(code)).stream()
            .map(ObservationResponse::of).toList();
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PARTNER, Caller.ADMIN})
    @CountryScoped(CountryScoped.Access.WRITE)
    @Operation(operationId = "withdrawObservation", summary = "Withdraw one observation: it stops counting, its "
        + "history stays, and reads as of earlier instants still show it; observation.withdrawn.v1 follows")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such country, or no standing observation with this key")
    @APIResponse(responseCode = "422", description = "A parameter is missing or invalid")
    public Response withdraw(
        @RestPath String code,
        @Valid @BeanParam ObservationKeyParameters key) {
        service.withdraw(key.toKey(code));
        return Response.noContent().build();
    }

    private static Response tagged(byte[] body, boolean csv, String ifNoneMatch, String filename) {
        String etag = "\"" + Digests.sha256Hex(body, 16) + "\"";
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
            .map(t -> t.replaceFirst("^W/", "")).anyMatch(t -> t.equals(etag) || t.equals("*"))) {
            return Response.notModified().header("ETag", etag).header("Vary", "Accept").build();
        }
        Response.ResponseBuilder response = Response.ok(body).header("ETag", etag).header("Vary", "Accept");
        if (csv) {
            return response.type(BatchFormats.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
        }
        return response.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

}
