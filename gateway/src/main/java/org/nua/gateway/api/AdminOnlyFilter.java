package org.nua.gateway.api;

import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;

import org.nua.gateway.domain.GatewayException;
import org.nua.gateway.domain.Identity;
import org.nua.gateway.domain.Role;
import org.nua.gateway.security.Authenticator;

/**
 * Refuses non-admins before anything in the request is read or validated, so the answer to a caller without
 * the role is always 401 or 403, never a validation error that would describe the operation to them.
 */
public class AdminOnlyFilter {

    @ServerRequestFilter
    public void requireAdmin(ResourceInfo resource, RoutingContext ctx) {
        if (resource.getResourceClass() == null || !resource.getResourceClass().isAnnotationPresent(AdminOnly.class)
            && (resource.getResourceMethod() == null || !resource.getResourceMethod().isAnnotationPresent(AdminOnly.class))) {
            return;
        }
        Identity identity = Authenticator.identity(ctx);
        if (identity == null || identity.isAnonymous()) {
            throw new GatewayException(401, "urn:nua:problem:unauthenticated", "Authentication required",
                "This operation needs an admin's bearer token.");
        }
        if (!identity.hasRole(Role.ADMIN)) {
            throw new GatewayException(403, "urn:nua:problem:forbidden", "Forbidden", "Only admins may do this.");
        }
    }
}
