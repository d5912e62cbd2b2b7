package org.nua.country.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.nua.country.domain.BatchRow;

/**
 * Keeps an upload's rows while they are few enough to be answered within the request, and only counts them once
 * they are not: a large upload is stored as it was sent and read again by its job, so its rows are never kept here.
 */
final class FirstRows implements Consumer<BatchRow> {

    private final int limit;
    private List<BatchRow> rows = new ArrayList<>();
    private int count;

    FirstRows(int limit) {
        this.limit = limit;
    }

    @Override
    public void accept(BatchRow row) {
        count++;
        if (rows != null && count > limit) {
            rows = null;
        } else if (rows != null) {
            rows.add(row);
        }
    }

    /** Whether every row was kept: the upload is at most the limit long. */
    boolean all() {
        return rows != null;
    }

    /** Every row, if {@link #all()}. */
    List<BatchRow> rows() {
        return rows;
    }

    int count() {
        return count;
    }
}
