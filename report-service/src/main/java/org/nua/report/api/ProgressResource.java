package org.nua.report.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.nua.report.domain.ProgressService;

@Path("/api/v1")
@Tag(name = "Progress", description = "Progress towards 2030 (UNSD Progress Chart, Open SDG) and the pandemic's "
    + "impact on trends")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    private final ProgressService service;

    ProgressResource(ProgressService service) {
        this.service = service;
    }

    @GET
    @Path("/progress")
    @PermitAll
    @Operation(operationId = "assessProgress",
        summary = "Assess each country's progress on one indicator by every method, with each method's parameters")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "Language of names",
        schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "One entry per country; methods side by side",
        content = @Content(schema = @Schema(implementation = ProgressResponse.class)))
    @APIResponse(responseCode = "404", description = "The indicator is not in the catalogue")
    @APIResponse(responseCode = "422",
        description = "A parameter is invalid, or the indicator has several series and none was chosen")
    public ProgressResponse assess(
        @Valid @BeanParam ProgressParameters query,
        HttpHeaders headers) {
        return ProgressResponse.of(service.assess(query.indicator(), query.series(), query.country()),
            headers.getAcceptableLanguages());
    }

    @GET
    @Path("/progress/goals/{goal}")
    @PermitAll
    @Operation(operationId = "assessGoalProgress", summary = "Assess a whole SDG goal per country: every series of "
        + "its indicators by the Open SDG method, aggregated to indicators, targets and the goal")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "Language of names",
        schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "One entry per country, with its targets, indicators and series",
        content = @Content(schema = @Schema(implementation = GoalProgressResponse.class)))
    @APIResponse(responseCode = "422", description = "A parameter is invalid")
    public GoalProgressResponse goal(
        @Parameter(description = "SDG goal number", example = "11") @RestPath
        @Pattern(regexp = "[1-9]|1[0-7]", message = "must be an SDG goal, 1 to 17") String goal,
        @Parameter(description = "ISO alpha-3 code of one country; every country when left out", example = "JOR")
        @RestQuery @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String country,
        HttpHeaders headers) {
        return GoalProgressResponse.of(goal, service.goal(goal, country), headers.getAcceptableLanguages());
    }

    @GET
    @Path("/pandemic-impact")
    @PermitAll
    @Operation(operationId = "assessPandemicImpact",
        summary = "Compare each country's values from 2020 on with the value its 2010-2019 trend projects")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "Language of names",
        schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "One entry per country, with the fitted trend and each year's "
        + "deviation",
        content = @Content(schema = @Schema(implementation = PandemicImpactResponse.class)))
    @APIResponse(responseCode = "404", description = "The indicator is not in the catalogue")
    @APIResponse(responseCode = "422",
        description = "A parameter is invalid, or the indicator has several series and none was chosen")
    public PandemicImpactResponse pandemicImpact(
        @Valid @BeanParam ProgressParameters query,
        HttpHeaders headers) {
        return PandemicImpactResponse.of(service.pandemicImpact(query.indicator(), query.series(), query.country()),
            headers.getAcceptableLanguages());
    }
}
