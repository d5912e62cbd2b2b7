package org.nua.country.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.nua.country.api.BatchProblem;
import org.nua.country.domain.BatchRejectedException;
import org.nua.platform.problem.Problem;

/**
 * The one problem of country-service whose body differs from the platform's (org.nua.platform.problem): a
 * rejected batch carries its per-row report. Every other exception is mapped by the platform's mappers.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response batchRejected(BatchRejectedException e, UriInfo uri) {
        return Response.status(e.status()).type(Problem.MEDIA_TYPE)
            .entity(new BatchProblem(e.type(), e.title(), e.status(), e.getMessage(), uri.getPath(), e.report()))
            .build();
    }
}
