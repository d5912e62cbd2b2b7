package org.nua.gateway.domain;

import java.util.Set;

/**
 * Who a request comes from, once the gateway has checked its credentials. This, and nothing the client says
 * about itself, is what the services are told.
 *
 * @param subject who, for logs and audits: {@code apikey:<id>}, {@code staff:<sub>} or {@code anonymous}
 * @param roles   what the caller may do (see {@link Role})
 * @param country the only country a partner may write (ISO 3166-1 alpha-3); null for staff and the public
 * @param agency  the partner agency an API key belongs to; null otherwise
 * @param client  the rate-limit and metrics bucket: the key, the staff member, or the client's address
 */
public record Identity(String subject, Set<String> roles, String country, String agency, String client) {

    public static final String ANONYMOUS = "anonymous";

    public Identity {
        roles = Set.copyOf(roles);
    }

    public static Identity anonymous(String address) {
        return new Identity(ANONYMOUS, Set.of(), null, null, "address:" + address);
    }

    public boolean isAnonymous() {
        return ANONYMOUS.equals(subject);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.claim());
    }
}
