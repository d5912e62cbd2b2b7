package org.nua.country.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON form of an observation batch, as the API description shows it (and so clients generated from it
 * send it); {@link BatchFormats} reads it, refusing any field not named here.
 */
@Schema(name = "ObservationBatch", description = "Observations to record, revise or withdraw at once")
public record ObservationBatchDocument(@Schema(required = true) List<Row> observations) {

    /** One row: an observation as {@code POST .../observations} takes it, plus two optional fields. */
    @Schema(name = "ObservationBatchRow", allOf = {ObservationRequest.class, RowExtras.class})
    public interface Row {
    }

    @Schema(name = "ObservationBatchRowExtras")
    public record RowExtras(
        @Schema(description = "The country, as ISO 3166-1 alpha-3 or M49; must be the path's", examples = "JOR")
        String countryCode,
        @Schema(description = "WITHDRAW withdraws the observation; MERGE (the default) records or revises it",
            enumeration = {"MERGE", "WITHDRAW"})
        String action) {
    }
}
