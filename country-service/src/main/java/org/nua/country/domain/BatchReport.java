package org.nua.country.domain;

import java.util.List;

/**
 * What a batch did, or would do in a dry run: counts by outcome, and every problem by row and field with a
 * stable code. Errors reject the whole batch; warnings never block it.
 */
public record BatchReport(boolean dryRun, int rows, int recorded, int revised, int unchanged, int rejected,
                          List<RowIssue> errors, List<RowIssue> warnings) {

    /**
     * @param code stable, documented codes: MISSING_FIELD, INVALID_VALUE, COUNTRY_MISMATCH, UNKNOWN_INDICATOR,
     *             INDICATOR_NOT_ACTIVE, UNKNOWN_SERIES, UNIT_MISMATCH, DUPLICATE_KEY; warnings: VALUE_JUMP
     */
    public record RowIssue(int row, String field, String code, String message) {
    }
}
