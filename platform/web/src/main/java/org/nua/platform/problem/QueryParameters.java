package org.nua.platform.problem;

/**
 * Marks a {@code @BeanParam} whose fields are query, path or header parameters of several operations: a field
 * that fails validation is named by its parameter name, as a parameter of the method itself would be, not by a
 * JSON Pointer into a body.
 */
public interface QueryParameters {
}
