package org.nua.platform.http;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The one rule for Location headers: a path relative to the API's base ({@code /api/v1/...}), the same behind the
 * gateway, a proxy in front of it or none (RFC 9110 allows a relative reference). JAX-RS's own
 * {@code location(URI)} would make it absolute from the Host the request arrived with, which behind the gateway is
 * whatever the client sent, and direct to a service an internal address.
 */
public final class Locations {

    private Locations() {
    }

    /** A 201 whose Location is the created resource's path. */
    public static Response.ResponseBuilder created(URI path) {
        return at(Response.status(Response.Status.CREATED), path);
    }

    public static Response.ResponseBuilder at(Response.ResponseBuilder response, URI path) {
        if (path.isAbsolute() || !path.getPath().startsWith("/")) {
            throw new IllegalArgumentException("A Location is a path from the API's base, not " + path);
        }
        return response.header(HttpHeaders.LOCATION, path.toString());
    }
}
