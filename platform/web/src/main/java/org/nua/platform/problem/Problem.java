package org.nua.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body; every error every service and the gateway return has this shape. */
@Schema(name = "Problem", description = "RFC 9457 problem details",
    requiredProperties = {"type", "title", "status"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    @Schema(description = "Problem type; see docs/problems.md", examples = "urn:nua:problem:validation")
    String type,
    @Schema(description = "Short summary of the problem type", examples = "Request is not valid")
    String title,
    @Schema(description = "HTTP status code", examples = "422")
    int status,
    @Schema(description = "What went wrong with this request")
    String detail,
    @Schema(description = "The request path that failed", examples = "/api/v1/indicators")
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
