package org.nua.country.domain;

import org.nua.platform.problem.DomainException;

/** The Idempotency-Key was used before for a different request. */
public class IdempotencyConflictException extends DomainException {

    public IdempotencyConflictException(String key) {
        super("urn:nua:problem:idempotency-key-reused", "Idempotency key reused", 422,
            "The Idempotency-Key '" + key + "' was already used for a different request; use a new key.");
    }
}
