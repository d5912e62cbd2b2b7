package org.nua.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A series that reports values of an indicator, such as EN_ATM_PM25 for 11.6.2. */
@Embeddable
public record Series(
    @Column(name = "code") String code,
    @Column(name = "description") String description,
    @Column(name = "unit") String unit,
    @Column(name = "release") String release) {
}
