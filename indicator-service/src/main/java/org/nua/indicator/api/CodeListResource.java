package org.nua.indicator.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.nua.indicator.domain.CodeListService;

@Path("/api/v1")
@Tag(name = "Code lists", description = "Frameworks, goals, targets, units and disaggregation dimensions")
@Produces(MediaType.APPLICATION_JSON)
public class CodeListResource {

    private final CodeListService service;

    CodeListResource(CodeListService service) {
        this.service = service;
    }

    @GET
    @Path("/frameworks")
    @PermitAll
    @Operation(operationId = "listFrameworks", summary = "List the frameworks with their goals and targets")
    @APIResponse(responseCode = "200", description = "Every framework; names follow Accept-Language",
        content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = CodeListResponses.FrameworkResponse.class)))
    public List<CodeListResponses.FrameworkResponse> frameworks(HttpHeaders headers) {
        return service.frameworks().stream()
            .map(f -> CodeListResponses.FrameworkResponse.of(f, headers.getAcceptableLanguages())).toList();
    }

    @GET
    @Path("/units")
    @PermitAll
    @Operation(operationId = "listUnits", summary = "List the units of measure and their natural limits")
    @APIResponse(responseCode = "200", description = "Every unit",
        content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = CodeListResponses.UnitResponse.class)))
    public List<CodeListResponses.UnitResponse> units(HttpHeaders headers) {
        return service.units().stream()
            .map(u -> CodeListResponses.UnitResponse.of(u, headers.getAcceptableLanguages())).toList();
    }

    @GET
    @Path("/dimensions")
    @PermitAll
    @Operation(operationId = "listDimensions", summary = "List the disaggregation dimensions and their codes")
    @APIResponse(responseCode = "200", description = "Every dimension with its code list",
        content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = CodeListResponses.DimensionResponse.class)))
    public List<CodeListResponses.DimensionResponse> dimensions(HttpHeaders headers) {
        return service.dimensions().stream()
            .map(d -> CodeListResponses.DimensionResponse.of(d, headers.getAcceptableLanguages())).toList();
    }
}
