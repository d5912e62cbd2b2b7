package org.nua.platform.problem;

/** One field of a request that a business rule rejects, addressed by a JSON Pointer. */
public record FieldViolation(String pointer, String detail) {
}
