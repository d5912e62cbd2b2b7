package org.nua.country.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Enforces {@link CountryScoped} after the role check and before the body and parameters are read. */
public class CountryScopeFilter {

    private final Caller caller;

    CountryScopeFilter(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public void requireCountry(ContainerRequestContext request, ResourceInfo resource) {
        CountryScoped scope = resource.getResourceMethod() == null ? null
            : resource.getResourceMethod().getAnnotation(CountryScoped.class);
        if (scope == null) {
            return;
        }
        String country = request.getUriInfo().getPathParameters().getFirst("code");
        switch (scope.value()) {
            case WRITE -> caller.requireWriteAccess(country);
            case READ_SUBMISSIONS -> caller.requireSubmissionReadAccess(country);
        }
    }
}
