package org.nua.country.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import org.nua.country.domain.AccessDeniedException;

/**
 * Who is calling, as the gateway's signed identity says, and what that allows beyond the role checks on each
 * operation: a partner acts only for the country (and agency) its identity names, never for the one a path or
 * payload names. Roles alone are checked by {@code @RolesAllowed} on the resources.
 */
@RequestScoped
public class Caller {

    static final String ADMIN = "admin";
    static final String ANALYST = "analyst";
    static final String PARTNER = "partner";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** Writing a country's data: admins anywhere, partners only in their own country. */
    public void requireWriteAccess(String countryCode) {
        if (identity.hasRole(ADMIN)) {
            return;
        }
        requireOwnCountry(countryCode, "write " + countryCode + "'s data");
    }

    /** Reading what partners submitted (jobs and their reports): analysts and admins anywhere, partners at home. */
    public void requireSubmissionReadAccess(String countryCode) {
        if (identity.hasRole(ADMIN) || identity.hasRole(ANALYST)) {
            return;
        }
        requireOwnCountry(countryCode, "read " + countryCode + "'s submissions");
    }

    /**
     * The agency a submission is recorded under. An API key is bound to one agency, which is used whatever the
     * request says, and naming another is refused rather than silently replaced; staff may name any agency.
     */
    public String agency(String requested) {
        String own = token.getClaim("agency");
        if (own == null) {
            return requested;
        }
        if (requested != null && !requested.equals(own)) {
            throw new AccessDeniedException("This identity submits for the agency '" + own
                + "'; it cannot submit as '" + requested + "'.");
        }
        return own;
    }

    private void requireOwnCountry(String countryCode, String action) {
        String own = token.getClaim("country");
        if (own == null) {
            throw new AccessDeniedException("This identity acts for no country; it cannot " + action + ".");
        }
        if (!own.equals(countryCode)) {
            throw new AccessDeniedException("This identity acts for " + own + " only; it cannot " + action + ".");
        }
    }
}
