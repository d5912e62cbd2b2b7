package org.nua.indicator.domain;

/** What kind of number a value of the indicator is. */
public enum ValueType {
    /** Any real number: shares, rates, amounts. */
    DECIMAL,
    /** A count. */
    INTEGER,
    /** 1 when a condition holds, 0 when not (for example: has a national urban policy). */
    BINARY
}
