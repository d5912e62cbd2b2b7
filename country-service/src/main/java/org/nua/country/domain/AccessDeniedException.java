package org.nua.country.domain;

import org.nua.platform.problem.DomainException;

/** The caller is known but may not do this here: another country's data, or another agency's name. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String detail) {
        super("urn:nua:problem:forbidden", "Forbidden", 403, detail);
    }
}
