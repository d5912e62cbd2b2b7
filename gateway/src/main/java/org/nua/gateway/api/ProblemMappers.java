package org.nua.gateway.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import io.vertx.core.json.JsonObject;

import org.nua.gateway.openapi.MergedOpenApi;
import org.nua.gateway.openapi.OpenApiMerger;

/** The gateway's own endpoints answer errors as RFC 9457 problems too. */
public class ProblemMappers {

    private static final String MEDIA_TYPE = "application/problem+json";

    @ServerExceptionMapper
    public Response unavailable(MergedOpenApi.UnavailableException e, UriInfo uri) {
        return problem(503, "urn:nua:problem:service-unavailable", "Service unavailable", e.getMessage(), uri)
            .header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response conflict(OpenApiMerger.ConflictException e, UriInfo uri) {
        Log.errorf("The services' OpenAPI documents cannot be merged: %s", e.getMessage());
        return problem(500, "urn:nua:problem:internal", "Internal error",
            "The API description could not be assembled; it has been logged.", uri).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String reason = Response.Status.fromStatusCode(status) != null
            ? Response.Status.fromStatusCode(status).getReasonPhrase() : "HTTP " + status;
        return problem(status, status == 404 ? "urn:nua:problem:not-found" : "urn:nua:problem:http-" + status,
            reason, reason + ".", uri).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        return problem(500, "urn:nua:problem:internal", "Internal error",
            "The request could not be completed; it has been logged.", uri).build();
    }

    private static Response.ResponseBuilder problem(int status, String type, String title, String detail, UriInfo uri) {
        return Response.status(status).type(MEDIA_TYPE).entity(new JsonObject()
            .put("type", type).put("title", title).put("status", status).put("detail", detail)
            .put("instance", uri.getPath()).encode());
    }
}
