package org.nua.country.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A city of a country: an urban agglomeration of the UN World Urbanization Prospects 2018 (300,000 inhabitants
 * or more), or a capital WUP does not list, whose population is then unknown rather than guessed.
 *
 * @param code             the WUP city code; for a capital outside WUP, the UN SDG database's city code
 * @param population2020   persons (WUP 2018 estimate for 2020); null when no source gives it
 * @param populationSource where population2020 comes from; null with it
 */
@Embeddable
public record City(
    @Column(name = "code", nullable = false) String code,
    @Column(name = "name", nullable = false) String name,
    @Column(name = "capital", nullable = false) boolean capital,
    @Column(name = "latitude") BigDecimal latitude,
    @Column(name = "longitude") BigDecimal longitude,
    @Column(name = "population_2020") Integer population2020,
    @Column(name = "population_source") String populationSource) {
}
