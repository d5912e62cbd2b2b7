package org.nua.country.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nua.country.domain.BatchReport.RowIssue;
import org.nua.country.persistence.ObservationStore;

/**
 * One batch applied chunk by chunk in its caller's transaction, so that a job of 200,000 rows never holds all
 * its rows, writes and changes at once. Rows are validated and written as they pass; from the first invalid row
 * on they are only validated, so the report still names every invalid row, and {@link #report()} then throws,
 * which rolls back what the caller's transaction wrote: the batch stays all or nothing.
 */
final class BatchRun {

    private final String countryCode;
    private final BatchValidator validator;
    private final ObservationStore store;
    private final CountryEvents events;
    private final boolean dryRun;
    private final double jumpFactor;
    /** One instant for the whole batch, however many chunks it takes, as one transaction has it. */
    private final Instant at;
    private final List<RowIssue> errors = new ArrayList<>();
    private final List<RowIssue> warnings = new ArrayList<>();
    private int rows;
    private int recorded;
    private int revised;
    private int unchanged;
    private int withdrawn;

    BatchRun(String countryCode, BatchValidator validator, ObservationStore store, CountryEvents events,
             boolean dryRun, double jumpFactor, Instant at) {
        this.countryCode = countryCode;
        this.validator = validator;
        this.store = store;
        this.events = events;
        this.dryRun = dryRun;
        this.jumpFactor = jumpFactor;
        this.at = at;
    }

    /** Validates the next rows of the batch and, while every row so far is valid, applies them. */
    void add(List<BatchRow> chunk) {
        rows += chunk.size();
        BatchValidator.Result validated = validator.validate(chunk);
        errors.addAll(validated.errors());
        warnings.addAll(validated.warnings());
        if (!errors.isEmpty()) {
            return;
        }
        ObservationStore.Applied applied = store.apply(countryCode, validated.writes(), at, dryRun);
        if (!applied.notFoundRows().isEmpty()) {
            applied.notFoundRows().forEach(row -> errors.add(new RowIssue(row, "year", "NOT_FOUND",
                "There is no standing observation with this key to withdraw.")));
            return;
        }
        Map<Integer, BigDecimal> previous = store.previousYearValues(countryCode, validated.writes());
        BigDecimal factor = BigDecimal.valueOf(jumpFactor);
        for (ObservationWrite w : validated.writes()) {
            BigDecimal before = previous.get(w.row());
            if (before != null && jumps(w.value().value(), before, factor)) {
                warnings.add(new RowIssue(w.row(), "value", "VALUE_JUMP", "The value "
                    + w.value().value().toPlainString() + " is more than " + jumpFactor
                    + " times away from the previous year's " + before.toPlainString() + "; check it."));
            }
        }
        recorded += applied.recorded();
        revised += applied.revised();
        unchanged += applied.unchanged();
        withdrawn += applied.withdrawn();
        if (!dryRun) {
            events.observationsChanged(applied.changes());
        }
    }

    /** Rows added so far. */
    int rows() {
        return rows;
    }

    /** What the run does with the next rows: writes them, or (once a row was invalid) only checks them. */
    IngestionJob.Phase phase() {
        return errors.isEmpty() ? IngestionJob.Phase.WRITING : IngestionJob.Phase.VALIDATING;
    }

    /**
     * The batch's report, once every row was added.
     *
     * @throws BatchRejectedException if any row was invalid; the caller's transaction must then roll back
     */
    BatchReport report() {
        if (!errors.isEmpty()) {
            throw new BatchRejectedException(BatchReport.rejected(dryRun, rows, errors));
        }
        return new BatchReport(dryRun, rows, recorded, revised, unchanged, withdrawn, 0, List.of(), warnings);
    }

    /** Whether a value is more than factor times above or below the previous one (zero never jumps). */
    static boolean jumps(BigDecimal value, BigDecimal previous, BigDecimal factor) {
        if (value.signum() == 0 || previous.signum() == 0) {
            return false;
        }
        BigDecimal ratio = value.abs().divide(previous.abs(), MathContext.DECIMAL64);
        return ratio.compareTo(factor) > 0 || BigDecimal.ONE.divide(ratio, MathContext.DECIMAL64).compareTo(factor) > 0;
    }
}
