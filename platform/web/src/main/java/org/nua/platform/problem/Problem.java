package org.nua.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body; every error every service and the gateway return has this shape. It carries no
 * examples: one schema serves every status, and an example of one (a 422's type) would contradict the others.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details",
    requiredProperties = {"type", "title", "status"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    @Schema(description = "Problem type; see docs/problems.md")
    String type,
    @Schema(description = "Short summary of the problem type")
    String title,
    @Schema(description = "HTTP status code, the answer's own")
    int status,
    @Schema(description = "What went wrong with this request")
    String detail,
    @Schema(description = "The request path that failed")
    String instance,
    @Schema(description = "For validation problems: each field at fault")
    List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field, addressed by a JSON Pointer into the request body (or the name of a parameter). */
    @Schema(name = "FieldError", requiredProperties = {"pointer", "detail"})
    public record FieldError(
        @Schema(description = "JSON Pointer to the field, or the parameter name", examples = "/names/en")
        String pointer,
        @Schema(description = "Why the value is not acceptable")
        String detail) {
    }
}
