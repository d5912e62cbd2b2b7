package org.nua.indicator.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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

import org.nua.indicator.domain.Indicator;
import org.nua.indicator.domain.IndicatorQuery;
import org.nua.indicator.domain.IndicatorService;
import org.nua.indicator.domain.IndicatorStatus;
import org.nua.indicator.domain.InvalidIndicatorException;
import org.nua.indicator.domain.Priority;
import org.nua.platform.http.CsvNegotiation;
import org.nua.platform.http.Locations;
import org.nua.platform.problem.FieldViolation;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "The catalogue of SDG 11 and New Urban Agenda indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private static final String LANGUAGE_HEADER_DOC = "Language of name (ar, en, es, fr, kk, km, ru, zh); "
        + "English when the indicator has no name in it";

    private final IndicatorService service;
    private final ObjectMapper json;

    IndicatorResource(IndicatorService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, IndicatorCsv.MEDIA_TYPE})
    @PermitAll
    @Operation(operationId = "listIndicators",
        summary = "List the catalogue, filtered and paged; JSON, or CSV with Accept: text/csv or format=csv")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = LANGUAGE_HEADER_DOC,
        schema = @Schema(type = SchemaType.STRING), example = "ar")
    @APIResponse(responseCode = "200", description = "One page of indicators",
        headers = @Header(name = "ETag", description = "Changes whenever the page would",
            schema = @Schema(type = SchemaType.STRING)),
        content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorPage.class)),
            @Content(mediaType = IndicatorCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "422", description = "A filter or paging parameter is invalid")
    public Response list(
        @Parameter(description = "Framework code", example = "SDG") @RestQuery @Size(max = 32)
        @Pattern(regexp = IndicatorRequest.CODE_LIST) String framework,
        @Parameter(description = "Goal code", example = "11") @RestQuery @Size(max = 16)
        @Pattern(regexp = IndicatorRequest.CODE_LIST) String goal,
        @Parameter(description = "Target code", example = "11.6") @RestQuery @Size(max = 16)
        @Pattern(regexp = IndicatorRequest.CODE_LIST) String target,
        @Parameter(description = "New Urban Agenda priority") @RestQuery Priority priority,
        @Parameter(description = "Status; every status when left out") @RestQuery IndicatorStatus status,
        @Parameter(description = "Words to find in codes, aliases or names in any language; accents, Arabic "
            + "vowel marks and case are ignored", example = "الجسيمات") @RestQuery @Size(max = 200)
        @Pattern(regexp = IndicatorRequest.TEXT) String q,
        @Parameter(description = "Zero-based page") @RestQuery @DefaultValue("0") @Min(0) @Max(100_000) int page,
        @Parameter(description = "Page size") @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size,
        @Parameter(description = "csv for CSV whatever Accept says") @RestQuery @Pattern(regexp = "json|csv")
        String format,
        @RestHeader("If-None-Match") String ifNoneMatch,
        HttpHeaders headers) throws JsonProcessingException {
        IndicatorQuery query = new IndicatorQuery(framework, goal, target, priority, status, q);
        List<Locale> languages = headers.getAcceptableLanguages();
        List<IndicatorResponse> items = service.search(query, page, size).stream()
            .map(i -> IndicatorResponse.of(i, languages)).toList();
        boolean csv = CsvNegotiation.wantsCsv(format, headers);
        byte[] body = csv
            ? IndicatorCsv.write(items).getBytes(StandardCharsets.UTF_8)
            : json.writeValueAsBytes(new IndicatorPage(items, page, size, service.count(query)));
        String etag = ETags.ofBody(body);
        if (ETags.matches(ifNoneMatch, etag)) {
            return Response.notModified().header("ETag", etag).header("Vary", "Accept, Accept-Language").build();
        }
        Response.ResponseBuilder response = Response.ok(body)
            .header("ETag", etag)
            .header("Vary", "Accept, Accept-Language");
        if (csv) {
            return response.type(IndicatorCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"indicators.csv\"").build();
        }
        return response.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getIndicator", summary = "Get one indicator by its code or one of its aliases")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = LANGUAGE_HEADER_DOC,
        schema = @Schema(type = SchemaType.STRING), example = "es")
    @APIResponse(responseCode = "200", description = "The indicator",
        headers = @Header(name = "ETag", description = "Its version and language, for If-Match and If-None-Match",
            schema = @Schema(type = SchemaType.STRING)),
        content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No indicator has this code or alias")
    public Response get(@Parameter(example = "11.6.2") @RestPath String code,
                        @RestHeader("If-None-Match") String ifNoneMatch, HttpHeaders headers) {
        return represent(service.get(code), headers.getAcceptableLanguages(), ifNoneMatch, Response.Status.OK);
    }

    @GET
    @Path("/{code}/versions")
    @PermitAll
    @Operation(operationId = "listIndicatorVersions",
        summary = "List every version the indicator has had, oldest first")
    @APIResponse(responseCode = "200", description = "The versions, each with the full indicator as published",
        content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorVersionResponse.class)))
    @APIResponse(responseCode = "404", description = "No indicator has this code or alias")
    public List<IndicatorVersionResponse> versions(@Parameter(example = "11.6.2") @RestPath String code) {
        return service.versions(code).stream().map(IndicatorVersionResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "createIndicator",
        summary = "Add an indicator to the catalogue and publish indicator.published.v1")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = LANGUAGE_HEADER_DOC,
        schema = @Schema(type = SchemaType.STRING), example = "es")
    @APIResponse(responseCode = "201", description = "Created; Location points at the new indicator",
        headers = {@Header(name = "ETag", description = "Its version, for a later If-Match",
            schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "The indicator's URL, relative to the API's base",
                schema = @Schema(type = SchemaType.STRING))},
        content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, or has fields this operation does not take")
    @APIResponse(responseCode = "409", description = "The code is already an indicator's code or alias")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid, or breaks a catalogue rule "
        + "(unknown framework, goal, target, unit or dimension, inconsistent limits, target outside the limits)")
    public Response create(@Valid @NotNull IndicatorRequest request, HttpHeaders headers) {
        if (request.code() == null) {
            throw new InvalidIndicatorException(List.of(new FieldViolation("/code", "must not be null")));
        }
        Indicator created = service.create(request.code(), request.status(), request.toDefinition());
        Response response = represent(created, headers.getAcceptableLanguages(), null, Response.Status.CREATED);
        return Locations.at(Response.fromResponse(response),
            UriBuilder.fromPath("/api/v1/indicators/{code}").build(created.code())).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "updateIndicator",
        summary = "Replace an indicator's definition if it is unchanged since you read it; "
            + "publishes indicator.updated.v1")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = LANGUAGE_HEADER_DOC,
        schema = @Schema(type = SchemaType.STRING), example = "es")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
        description = "The ETag you read; the update is refused if the indicator changed since",
        schema = @Schema(type = SchemaType.STRING), example = "\"v0.en\"")
    @APIResponse(responseCode = "200", description = "Updated; the new version",
        headers = @Header(name = "ETag", description = "The new version",
            schema = @Schema(type = SchemaType.STRING)),
        content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, or has fields this operation does not take")
    @APIResponse(responseCode = "404", description = "No indicator has this code or alias")
    @APIResponse(responseCode = "409", description = "The indicator is retired, or a concurrent change won")
    @APIResponse(responseCode = "412", description = "The indicator changed since the ETag in If-Match")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid, or breaks a catalogue rule")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@Parameter(example = "11.6.2") @RestPath String code, @RestHeader("If-Match") String ifMatch,
                           @Valid @NotNull IndicatorRequest request, HttpHeaders headers) {
        Indicator current = service.get(code);
        if (request.code() != null && !request.code().equals(current.code())) {
            throw new InvalidIndicatorException(List.of(new FieldViolation("/code",
                "the code of an indicator cannot change; it is " + current.code())));
        }
        Indicator updated = service.update(current.code(), ETags.expectedVersion(ifMatch, current.version()),
            request.status(), request.toDefinition());
        return represent(updated, headers.getAcceptableLanguages(), null, Response.Status.OK);
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed("admin")
    @Operation(operationId = "retireIndicator",
        summary = "Retire an indicator: it stays readable with its data, but takes no new changes; publishes "
            + "indicator.retired.v1")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = LANGUAGE_HEADER_DOC,
        schema = @Schema(type = SchemaType.STRING), example = "es")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
        description = "The ETag you read", schema = @Schema(type = SchemaType.STRING), example = "\"v2.en\"")
    @APIResponse(responseCode = "200", description = "Retired; the new version",
        headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
        content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "404", description = "No indicator has this code or alias")
    @APIResponse(responseCode = "409", description = "Already retired")
    @APIResponse(responseCode = "412", description = "The indicator changed since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response retire(@Parameter(example = "11.c.1") @RestPath String code, @RestHeader("If-Match") String ifMatch,
                           HttpHeaders headers) {
        Indicator current = service.get(code);
        Indicator retired = service.retire(current.code(), ETags.expectedVersion(ifMatch, current.version()));
        return represent(retired, headers.getAcceptableLanguages(), null, Response.Status.OK);
    }

    private static Response represent(Indicator indicator, List<Locale> languages, String ifNoneMatch,
                                      Response.Status status) {
        IndicatorResponse body = IndicatorResponse.of(indicator, languages);
        String etag = ETags.ofVersion(indicator.version(), body.language());
        if (ETags.matches(ifNoneMatch, etag)) {
            return Response.notModified().header("ETag", etag).header("Vary", "Accept-Language").build();
        }
        return Response.status(status).entity(body)
            .header("ETag", etag)
            .header("Vary", "Accept-Language")
            .header("Content-Language", body.language())
            .build();
    }
}
