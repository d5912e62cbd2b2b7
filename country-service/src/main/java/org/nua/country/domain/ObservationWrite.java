package org.nua.country.domain;

/**
 * A validated instruction for one observation: record or revise it with a value, or withdraw it.
 *
 * @param row   the batch row it came from, for the report
 * @param value null to withdraw the observation (its history stays)
 */
public record ObservationWrite(int row, ObservationKey key, ObservationValue value) {

    public boolean withdraws() {
        return value == null;
    }
}
