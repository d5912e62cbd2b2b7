package org.nua.country.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.nua.country.api.problem.Problem;
import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationService;
import org.nua.country.domain.ObservationValue;

@Path("/api/v1/countries/{code}/observations")
@Tag(name = "Observations", description = "Indicator values submitted for a country")
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {

    private final ObservationService service;

    ObservationResource(ObservationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
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
    @APIResponse(responseCode = "409", description = "A concurrent submission changed the same observation; retry",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422",
        description = "A field is invalid, the indicator is not in the catalogue, or the unit is not the indicator's",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@RestPath String code, @Valid @NotNull ObservationRequest request) {
        ObservationService.Result result = service.submit(
            new ObservationKey(code, request.indicatorCode(), request.seriesCode(), request.year()),
            new ObservationValue(request.value(), request.unit(), request.nature(), request.source()));
        int status = result.outcome() == ObservationService.Outcome.RECORDED ? 201 : 200;
        return Response.status(status).entity(ObservationResponse.of(result.observation(), result.outcome())).build();
    }

    @GET
    @Operation(operationId = "listObservations",
        summary = "List the country's observations, optionally of one indicator")
    @APIResponse(responseCode = "200", description = "Observations ordered by indicator, series and year",
        content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ObservationResponse.class)))
    @APIResponse(responseCode = "404", description = "No country has this code",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The indicator parameter is not an indicator code",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ObservationResponse> list(@RestPath String code,
                                          @RestQuery @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*")
                                          String indicator,
                                          @Parameter(description = "An ISO-8601 instant: the observations as they "
                                              + "were known then", example = "2026-11-29T09:00:00Z")
                                          @RestQuery @Pattern(regexp = INSTANT, message = "must be an ISO-8601 "
                                              + "instant such as 2026-11-29T09:00:00Z") String asOf) {
        if (asOf != null) {
            return service.asOf(code, indicator, instant(asOf)).stream().map(ObservationResponse::of).toList();
        }
        return service.list(code, indicator).stream().map(o -> ObservationResponse.of(o, null)).toList();
    }

    @GET
    @Path("/history")
    @Operation(operationId = "observationHistory", summary = "List every revision of one observation, oldest first")
    @APIResponse(responseCode = "200", description = "The revisions; updatedAt is when each was recorded; empty when "
        + "there is no such observation",
        content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ObservationResponse.class)))
    @APIResponse(responseCode = "404", description = "No country has this code",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A parameter is missing or invalid",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ObservationResponse> history(
        @RestPath String code,
        @Parameter(example = "11.6.2") @RestQuery @NotNull @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+")
        String indicator,
        @Parameter(example = "EN_ATM_PM25") @RestQuery @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*")
        String series,
        @Parameter(example = "2016") @RestQuery @NotNull @Min(1950) @Max(2100) Integer year) {
        return service.history(new ObservationKey(code, indicator, series, year)).stream()
            .map(ObservationResponse::of).toList();
    }

    private static final String INSTANT =
        "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})";

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("asOf", "'" + text + "' is not a valid instant.");
        }
    }
}
