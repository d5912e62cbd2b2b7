package org.nua.platform.problem;

import java.util.List;

/**
 * A failure a client can cause and correct. Each subclass names its RFC 9457 problem type and HTTP status,
 * so the API layer maps every one of them the same way.
 */
public abstract class DomainException extends RuntimeException {

    private final String type;
    private final String title;
    private final int status;
    private final List<FieldViolation> violations;

    protected DomainException(String type, String title, int status, String detail) {
        this(type, title, status, detail, List.of());
    }

    protected DomainException(String type, String title, int status, String detail, List<FieldViolation> violations) {
        super(detail);
        this.type = type;
        this.title = title;
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    /** A {@code urn:nua:problem:*} identifier, documented in docs/problems.md. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The fields at fault, when the problem is about specific fields of the request. */
    public List<FieldViolation> violations() {
        return violations;
    }
}
