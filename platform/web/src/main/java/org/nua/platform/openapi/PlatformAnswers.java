package org.nua.platform.openapi;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of every service can answer because of the platform they share, documented from the
 * operation itself so that no resource has to repeat it: the 400, 406 and 415 the generic problem mappers send,
 * and the representation headers (ETag, Vary, Content-Language, Content-Disposition) that go with conditional,
 * negotiated and downloadable answers. A response or header an operation documents itself is left alone.
 */
public final class PlatformAnswers {

    static final String ETAG = "ETag";
    static final String VARY = "Vary";
    static final String CONTENT_LANGUAGE = "Content-Language";
    static final String CONTENT_DISPOSITION = "Content-Disposition";
    private static final Set<String> DOWNLOADS = Set.of("text/csv", "text/html", "application/pdf");

    private PlatformAnswers() {
    }

    public static void describeHeaders(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addHeader(ETAG, header("The representation's version; send it back in If-None-Match to be "
            + "answered 304 when it has not changed, or in If-Match to update only what was read"));
        components.addHeader(VARY, header("The request headers this answer depends on (Accept, Accept-Language), "
            + "for caches"));
        components.addHeader(CONTENT_LANGUAGE, header("Language of the names in the answer, from Accept-Language"));
        components.addHeader(CONTENT_DISPOSITION, header("How to open the download (inline, or attachment) and the "
            + "name to save it under"));
    }

    public static void addTo(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        boolean negotiated = hasHeaderParameter(operation, "Accept-Language");
        boolean conditional = responses.hasAPIResponse("304") || hasHeaderParameter(operation, "If-None-Match");
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (!entry.getKey().startsWith("2") || response.getRef() != null) {
                continue;
            }
            Set<String> types = response.getContent() == null || response.getContent().getMediaTypes() == null
                ? Set.of() : response.getContent().getMediaTypes().keySet();
            if (conditional) {
                addHeader(response, ETAG);
            }
            if (negotiated || types.size() > 1) {
                addHeader(response, VARY);
            }
            if (negotiated) {
                addHeader(response, CONTENT_LANGUAGE);
            }
            if (types.stream().anyMatch(DOWNLOADS::contains)) {
                addHeader(response, CONTENT_DISPOSITION);
            }
        }
        if (conditional && responses.hasAPIResponse("304")) {
            addHeader(responses.getAPIResponse("304"), ETAG);
        }
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "400", "The body is malformed: not the JSON or CSV its Content-Type says, or a "
                + "field the operation does not know");
            addIfMissing(responses, "415", "The body's Content-Type is not one the operation accepts");
        }
        // Even an operation that answers no content (a 204) is negotiated, since its refusals are problem documents.
        addIfMissing(responses, "406", "None of the media types in Accept can be answered");
    }

    private static boolean hasHeaderParameter(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream()
            .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || response.getHeaders().keySet().stream()
            .noneMatch(name::equalsIgnoreCase)) {
            response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
        }
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
