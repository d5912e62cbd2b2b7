package org.nua.indicator.api;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.nua.indicator.api.problem.Problem;
import org.nua.indicator.domain.Indicator;
import org.nua.indicator.domain.IndicatorService;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "The catalogue of SDG 11 and New Urban Agenda indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorService service;

    IndicatorResource(IndicatorService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listIndicators", summary = "List the catalogue's indicators, ordered by code")
    @APIResponse(responseCode = "200", description = "One page of indicators",
        content = @Content(schema = @Schema(implementation = IndicatorPage.class)))
    @APIResponse(responseCode = "422", description = "Paging parameters out of range",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorPage list(@RestQuery @DefaultValue("0") @Min(0) int page,
                              @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return new IndicatorPage(service.list(page, size).stream().map(IndicatorResponse::of).toList(),
            page, size, service.count());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getIndicator", summary = "Get one indicator by its code")
    @APIResponse(responseCode = "200", description = "The indicator",
        content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "404", description = "No indicator has this code",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorResponse get(@RestPath String code) {
        return IndicatorResponse.of(service.get(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createIndicator",
        summary = "Add an indicator to the catalogue and publish indicator.published.v1")
    @APIResponse(responseCode = "201", description = "Created; Location points at the new indicator",
        content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, or has fields this operation does not take",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An indicator with this code already exists",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field is missing or invalid; errors[] names each one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull IndicatorRequest request) {
        Indicator created = service.create(request.code(), request.names(), request.unit(),
            request.desiredDirection());
        return Response.created(URI.create("/api/v1/indicators/" + created.code()))
            .entity(IndicatorResponse.of(created))
            .build();
    }
}
