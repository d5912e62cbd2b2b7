package org.nua.country.domain;

import java.math.BigDecimal;

/**
 * One change a write made to an observation, as the events announce it.
 *
 * @param previousValue the value before a revision or withdrawal; null for a first recording
 */
public record ObservationChange(Kind kind, ObservationState state, BigDecimal previousValue) {

    public enum Kind { RECORDED, REVISED, WITHDRAWN }
}
