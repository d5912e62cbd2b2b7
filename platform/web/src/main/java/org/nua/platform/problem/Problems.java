package org.nua.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem responses, for the generic mappers here and for the mappers a service adds for its own types. */
public final class Problems {

    private Problems() {
    }

    public static Response.ResponseBuilder builder(int status, String type, String title, String detail, UriInfo uri,
                                                   List<Problem.FieldError> errors) {
        return Response.status(status)
            .type(Problem.MEDIA_TYPE)
            .entity(new Problem(type, title, status, detail, uri.getPath(), errors));
    }

    public static Response response(int status, String type, String title, String detail, UriInfo uri,
                                    List<Problem.FieldError> errors) {
        return builder(status, type, title, detail, uri, errors).build();
    }

    public static Response response(int status, String type, String title, String detail, UriInfo uri) {
        return response(status, type, title, detail, uri, List.of());
    }
}
