package org.nua.gateway.domain;

/** Whether a country has a partner agency: country-service knows, the gateway asks. */
public interface AgencyDirectory {

    /** @throws GatewayException 422 when the country or the agency is unknown, 503 when nobody can say */
    void requireAgency(String countryCode, String agencyCode);
}
