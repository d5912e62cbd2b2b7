package org.nua.gateway.api;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;

import org.nua.gateway.openapi.MergedOpenApi;
import org.nua.gateway.openapi.OpenApiMerger;
import org.nua.platform.problem.Problems;

/**
 * The gateway's own problems beyond the platform's mappers (org.nua.platform.problem), which answer every other
 * exception of its endpoints, GatewayException included.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response unavailable(MergedOpenApi.UnavailableException e, UriInfo uri) {
        return Problems.builder(503, "urn:nua:problem:service-unavailable", "Service unavailable", e.getMessage(),
            uri, List.of()).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response conflict(OpenApiMerger.ConflictException e, UriInfo uri) {
        Log.errorf("The services' OpenAPI documents cannot be merged: %s", e.getMessage());
        return Problems.response(500, "urn:nua:problem:internal", "Internal error",
            "The API description could not be assembled; it has been logged.", uri);
    }
}
