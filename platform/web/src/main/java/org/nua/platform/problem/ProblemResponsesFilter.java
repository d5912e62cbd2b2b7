package org.nua.platform.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import org.nua.platform.openapi.PlatformAnswers;

/**
 * Documents the body of every error response once, here, rather than on each operation: a 4xx or 5xx response
 * that an operation declares without content is a {@link Problem} as {@code application/problem+json}, which
 * is what the mappers send. A response that declares its own content (a rejected batch's BatchProblem) keeps it.
 * First, each operation gets the answers the platform gives it ({@link PlatformAnswers}), so that theirs too are
 * problems.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        PlatformAnswers.describeHeaders(openAPI);
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                PlatformAnswers.addTo(operation);
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                    if (isError(response.getKey()) && response.getValue().getRef() == null
                        && (response.getValue().getContent() == null
                            || response.getValue().getContent().getMediaTypes() == null
                            || response.getValue().getContent().getMediaTypes().isEmpty())) {
                        response.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema()
                                .ref("#/components/schemas/Problem"))));
                    }
                }
            }
        }
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }
}
