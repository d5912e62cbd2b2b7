package org.nua.indicator.domain;

/** Which way an indicator should move for the situation to improve; ranking and progress assessment use it. */
public enum DesiredDirection {
    INCREASE,
    DECREASE
}
