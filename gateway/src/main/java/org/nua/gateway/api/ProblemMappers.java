package org.nua.gateway.api;

import java.util.Comparator;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.nua.gateway.domain.GatewayException;
import org.nua.gateway.openapi.MergedOpenApi;
import org.nua.gateway.openapi.OpenApiMerger;

/** The gateway's own endpoints answer errors as RFC 9457 problems too. */
public class ProblemMappers {

    public static final String MEDIA_TYPE = "application/problem+json";

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
    public Response gateway(GatewayException e, UriInfo uri) {
        Response.ResponseBuilder response = problem(e.status(), e.type(), e.title(), e.getMessage(), uri);
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        } else if (e.status() == 503) {
            response.header("Retry-After", "5");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        JsonArray errors = new JsonArray();
        e.getConstraintViolations().stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .forEach(v -> errors.add(new JsonObject().put("pointer", pointer(v.getPropertyPath().toString()))
                .put("detail", v.getMessage())));
        return Response.status(422).type(MEDIA_TYPE).entity(new JsonObject()
            .put("type", "urn:nua:problem:validation").put("title", "Request is not valid").put("status", 422)
            .put("detail", errors.size() + " field(s) failed validation.").put("instance", uri.getPath())
            .put("errors", errors).encode()).build();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return problem(400, "urn:nua:problem:unknown-field", "Unknown field",
            "The field '" + e.getPropertyName() + "' is not part of this request.", uri).build();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return problem(400, "urn:nua:problem:malformed-body", "Malformed request body",
            "The body is not valid JSON for this operation.", uri).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody, uri);
        }
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

    /** {@code issue.request.label} becomes {@code /label}; a query or path parameter keeps its name. */
    private static String pointer(String path) {
        String[] parts = path.split("\\.");
        if (parts.length <= 2) {
            return parts[parts.length - 1];
        }
        return "/" + String.join("/", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static Response.ResponseBuilder problem(int status, String type, String title, String detail, UriInfo uri) {
        return Response.status(status).type(MEDIA_TYPE).entity(new JsonObject()
            .put("type", type).put("title", title).put("status", status).put("detail", detail)
            .put("instance", uri.getPath()).encode());
    }
}
