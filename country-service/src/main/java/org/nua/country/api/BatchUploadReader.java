package org.nua.country.api;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.country.domain.BatchRow;
import org.nua.country.domain.BatchUpload;
import org.nua.country.domain.UploadReader;

/** Reads an upload in the format its media type names: JSON, or any of the CSV dialects {@link BatchFormats} knows. */
@ApplicationScoped
class BatchUploadReader implements UploadReader {

    private final ObjectMapper json;

    BatchUploadReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void read(BatchUpload upload, Consumer<BatchRow> rows) {
        if (MediaType.valueOf(upload.mediaType()).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            BatchFormats.fromJson(json, upload.body(), rows);
        } else {
            BatchFormats.fromCsv(upload.body(), rows);
        }
    }
}
