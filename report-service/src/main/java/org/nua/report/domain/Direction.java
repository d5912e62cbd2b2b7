package org.nua.report.domain;

/** Which way an indicator should move for the situation to improve. */
public enum Direction {
    INCREASE,
    DECREASE
}
