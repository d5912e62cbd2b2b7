package org.nua.gateway.domain;

import java.util.Locale;

/** The roles of DESIGN.md; reading published data needs none. */
public enum Role {
    /** Writes its own country's observations (API keys of partner agencies). */
    PARTNER,
    /** Reads everything, including partners' submissions, and requests reports. */
    ANALYST,
    /** Changes the catalogue, countries and agencies, and issues API keys. */
    ADMIN;

    /** The name in tokens and in the API: lower case. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }
}
