package org.nua.gateway.domain;

/** A failure a client can cause and correct; it names its RFC 9457 problem type and status. */
public class GatewayException extends RuntimeException {

    private final String type;
    private final String title;
    private final int status;

    public GatewayException(int status, String type, String title, String detail) {
        super(detail);
        this.type = type;
        this.title = title;
        this.status = status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public static GatewayException notFound(String detail) {
        return new GatewayException(404, "urn:nua:problem:not-found", "Not found", detail);
    }

    public static GatewayException invalid(String detail) {
        return new GatewayException(422, "urn:nua:problem:validation", "Request is not valid", detail);
    }
}
