package org.nua.country.domain;

import java.util.function.Consumer;

/** Reads an upload's rows one at a time, in the format it was sent in, so no upload is ever all rows at once. */
public interface UploadReader {

    /**
     * Hands every row of the upload to rows, in order.
     *
     * @throws org.nua.platform.problem.DomainException a 400 problem when the body is not of its format
     */
    void read(BatchUpload upload, Consumer<BatchRow> rows);
}
