package org.nua.indicator.domain;

/** Where an indicator is in its life: drafted, in use, or kept only for the data reported against it. */
public enum IndicatorStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
