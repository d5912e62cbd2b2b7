package org.nua.gateway.domain;

import org.nua.platform.problem.DomainException;

/** A failure a client can cause and correct at the gateway; it names its RFC 9457 problem type and status. */
public class GatewayException extends DomainException {

    public GatewayException(int status, String type, String title, String detail) {
        super(type, title, status, detail);
    }

    public static GatewayException notFound(String detail) {
        return new GatewayException(404, "urn:nua:problem:not-found", "Not found", detail);
    }

    public static GatewayException invalid(String detail) {
        return new GatewayException(422, "urn:nua:problem:validation", "Request is not valid", detail);
    }
}
