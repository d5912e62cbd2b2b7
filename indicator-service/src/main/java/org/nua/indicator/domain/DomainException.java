package org.nua.indicator.domain;

/**
 * A failure a client can cause and correct. Each subclass names its RFC 9457 problem type and HTTP status,
 * so the API layer maps every one of them the same way.
 */
public abstract class DomainException extends RuntimeException {

    private final String type;
    private final String title;
    private final int status;

    protected DomainException(String type, String title, int status, String detail) {
        super(detail);
        this.type = type;
        this.title = title;
        this.status = status;
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
}
