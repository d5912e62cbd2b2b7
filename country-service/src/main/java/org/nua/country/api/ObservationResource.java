package org.nua.country.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import org.nua.country.domain.Disaggregation;
import org.nua.country.domain.ObservationFilter;
import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationService;
import org.nua.country.domain.ObservationState;
import org.nua.platform.problem.Problem;

@Path("/api/v1/countries/{code}/observations")
@Tag(name = "Observations", description = "Indicator values submitted for a country")
public class ObservationResource {

    static final String CODE = "[A-Za-z0-9._-]*";
    static final String BREAKDOWN = "TOTAL|[A-Za-z][A-Za-z0-9_]*=[A-Za-z0-9_]+(;[A-Za-z][A-Za-z0-9_]*=[A-Za-z0-9_]+)*";
    private static final String INSTANT =
        "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})";

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
    @APIResponse(responseCode = "400", description = "The body is not JSON, or has fields this operation does not take",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No country has this code",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field is invalid or does not fit the catalogue, the "
        + "country's cities or the submitting agency",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @APIResponse(responseCode = "404", description = "No country has this code",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A parameter is invalid",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
        @RestPath String code,
        @Parameter(example = "11.6.2") @RestQuery @Size(max = 64) @Pattern(regexp = CODE) String indicator,
        @Parameter(example = "EN_ATM_PM25") @RestQuery @Size(max = 64) @Pattern(regexp = CODE) String series,
        @Parameter(description = "A city's code; NONE for the country as a whole only") @RestQuery @Size(max = 100)
        @Pattern(regexp = CODE) String city,
        @Parameter(description = "TOTAL for totals only, or a breakdown such as LOCATION=URBAN; every breakdown when "
            + "left out") @RestQuery @Size(max = 400) @Pattern(regexp = BREAKDOWN) String disaggregation,
        @Parameter(description = "First year") @RestQuery @Min(1950) @Max(2100) Integer from,
        @Parameter(description = "Last year") @RestQuery @Min(1950) @Max(2100) Integer to,
        @Parameter(description = "An ISO-8601 instant: the observations as they were known then",
            example = "2026-11-29T09:00:00Z") @RestQuery
        @Pattern(regexp = INSTANT, message = "must be an ISO-8601 instant such as 2026-11-29T09:00:00Z") String asOf,
        @RestQuery @DefaultValue("0") @Min(0) @Max(10_000_000) int offset,
        @RestQuery @DefaultValue("100") @Min(1) @Max(1000) int limit,
        @Parameter(description = "csv for CSV whatever Accept says") @RestQuery @Pattern(regexp = "json|csv")
        String format,
        @RestHeader("If-None-Match") String ifNoneMatch, HttpHeaders headers) throws JsonProcessingException {
        ObservationFilter filter = filter(code, indicator, series, city, disaggregation, from, to, asOf);
        ObservationService.Page page = service.page(filter, offset, limit);
        boolean csv = wantsCsv(format, headers);
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
    @APIResponse(responseCode = "404", description = "No country has this code",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A parameter is invalid",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response latest(
        @RestPath String code,
        @Parameter(example = "11.6.2") @RestQuery @Size(max = 64) @Pattern(regexp = CODE) String indicator,
        @RestQuery @Size(max = 64) @Pattern(regexp = CODE) String series,
        @Parameter(description = "A city's code; NONE for the country as a whole only") @RestQuery @Size(max = 100)
        @Pattern(regexp = CODE) String city,
        @Parameter(description = "TOTAL for totals only, or a breakdown such as LOCATION=URBAN") @RestQuery
        @Size(max = 400) @Pattern(regexp = BREAKDOWN) String disaggregation,
        @RestQuery @Pattern(regexp = INSTANT, message = "must be an ISO-8601 instant such as 2026-11-29T09:00:00Z")
        String asOf,
        @RestQuery @Pattern(regexp = "json|csv") String format,
        @RestHeader("If-None-Match") String ifNoneMatch, HttpHeaders headers) throws JsonProcessingException {
        List<ObservationState> latest = service.latest(filter(code, indicator, series, city, disaggregation, null,
            null, asOf));
        boolean csv = wantsCsv(format, headers);
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
    @APIResponse(responseCode = "404", description = "No country has this code",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A parameter is missing or invalid",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ObservationResponse> history(
        @RestPath String code,
        @Parameter(example = "11.6.2") @RestQuery @NotNull @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+")
        String indicator,
        @Parameter(example = "EN_ATM_PM25") @RestQuery @Size(max = 64) @Pattern(regexp = CODE) String series,
        @RestQuery @Size(max = 100) @Pattern(regexp = CODE) String city,
        @Parameter(description = "The breakdown, such as LOCATION=URBAN; the total when left out") @RestQuery
        @Size(max = 400) @Pattern(regexp = BREAKDOWN) String disaggregation,
        @Parameter(example = "2016") @RestQuery @NotNull @Min(1950) @Max(2100) Integer year) {
        return service.history(key(code, indicator, series, city, disaggregation, year)).stream()
            .map(ObservationResponse::of).toList();
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PARTNER, Caller.ADMIN})
    @CountryScoped(CountryScoped.Access.WRITE)
    @Operation(operationId = "withdrawObservation", summary = "Withdraw one observation: it stops counting, its "
        + "history stays, and reads as of earlier instants still show it; observation.withdrawn.v1 follows")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such country, or no standing observation with this key",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A parameter is missing or invalid",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(
        @RestPath String code,
        @Parameter(example = "11.6.2") @RestQuery @NotNull @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+")
        String indicator,
        @RestQuery @Size(max = 64) @Pattern(regexp = CODE) String series,
        @RestQuery @Size(max = 100) @Pattern(regexp = CODE) String city,
        @RestQuery @Size(max = 400) @Pattern(regexp = BREAKDOWN) String disaggregation,
        @RestQuery @NotNull @Min(1950) @Max(2100) Integer year) {
        service.withdraw(key(code, indicator, series, city, disaggregation, year));
        return Response.noContent().build();
    }

    private static ObservationKey key(String code, String indicator, String series, String city,
                                      String disaggregation, int year) {
        return new ObservationKey(code, city == null || city.equals("NONE") ? "" : city, indicator, series, year,
            disaggregation == null ? Disaggregation.NONE : breakdown(disaggregation));
    }

    private static ObservationFilter filter(String code, String indicator, String series, String city,
                                            String disaggregation, Integer from, Integer to, String asOf) {
        return new ObservationFilter(code, indicator, series, city == null ? null : city.equals("NONE") ? "" : city,
            disaggregation == null ? null : breakdown(disaggregation), from, to, asOf == null ? null : instant(asOf));
    }

    private static Disaggregation breakdown(String text) {
        if (text.equals("TOTAL")) {
            return Disaggregation.NONE;
        }
        try {
            return Disaggregation.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("disaggregation", e.getMessage());
        }
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return format.equals("csv");
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    private static Response tagged(byte[] body, boolean csv, String ifNoneMatch, String filename) {
        String etag = "\"" + Digests.sha256Hex(body, 16) + "\"";
        if (ifNoneMatch != null && java.util.Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
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

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("asOf", "'" + text + "' is not a valid instant.");
        }
    }
}
