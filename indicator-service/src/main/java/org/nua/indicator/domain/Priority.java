package org.nua.indicator.domain;

/** The three priorities of the New Urban Agenda that an indicator can inform. */
public enum Priority {
    GOVERNANCE,
    PLANNING,
    FINANCE
}
