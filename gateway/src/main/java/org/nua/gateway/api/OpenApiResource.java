package org.nua.gateway.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;

import org.nua.gateway.openapi.MergedOpenApi;

@Path("/openapi")
@Tag(name = "API description", description = "The OpenAPI document of the whole public API")
public class OpenApiResource {

    private final MergedOpenApi openApi;

    OpenApiResource(MergedOpenApi openApi) {
        this.openApi = openApi;
    }

    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenApi", summary = "Get the OpenAPI 3 document of every public operation")
    @APIResponse(responseCode = "200", description = "The merged document of all services")
    @APIResponse(responseCode = "503", description = "A service is down, so its part of the document is missing")
    public Response document(@Context RoutingContext ctx) {
        // The gateway's own part is read from the port this request came in on, never from the Host header.
        return Response.ok(openApi.document(ctx.request().localAddress().port())).build();
    }
}
