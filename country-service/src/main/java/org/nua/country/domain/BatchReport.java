package org.nua.country.domain;

import java.util.List;

/**
 * What a batch did, or would do in a dry run: counts by outcome, and every problem by row and field with a
 * stable code. Errors reject the whole batch; warnings never block it.
 */
public record BatchReport(boolean dryRun, int rows, int recorded, int revised, int unchanged, int withdrawn,
                          int rejected, List<RowIssue> errors, List<RowIssue> warnings) {

    /**
     * @param code stable, documented codes (docs/problems.md): MISSING_FIELD, INVALID_VALUE, COUNTRY_MISMATCH,
     *             UNKNOWN_INDICATOR, INDICATOR_NOT_ACTIVE, UNKNOWN_SERIES, UNIT_MISMATCH, UNKNOWN_DIMENSION,
     *             UNKNOWN_CITY, UNKNOWN_AGENCY, OUT_OF_RANGE, FUTURE_PERIOD, DUPLICATE_KEY, NOT_FOUND;
     *             warnings: VALUE_JUMP, SERIES_REASSIGNED
     */
    public record RowIssue(int row, String field, String code, String message) {
    }

    /** The report of a batch rejected for the given errors: nothing was written. */
    public static BatchReport rejected(boolean dryRun, int rows, List<RowIssue> errors) {
        return new BatchReport(dryRun, rows, 0, 0, 0, 0, (int) errors.stream().mapToInt(RowIssue::row).distinct()
            .count(), errors, List.of());
    }
}
