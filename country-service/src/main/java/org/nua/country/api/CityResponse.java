package org.nua.country.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.country.domain.City;

@Schema(name = "City", description = "A city observations may be reported for")
public record CityResponse(
    @Schema(description = "WUP 2018 city code, or the UN SDG database's code for a capital WUP lacks",
        examples = "21700") String code,
    @Schema(description = "Name as the source writes it (WUP's file replaced non-ASCII letters by 'xxx')",
        examples = "Amman") String name,
    boolean capital,
    @Schema(nullable = true, examples = "31.9552") BigDecimal latitude,
    @Schema(nullable = true, examples = "35.9450") BigDecimal longitude,
    @Schema(nullable = true, description = "Persons in 2020 (WUP 2018 estimate); absent when no source gives it",
        examples = "2148000") Integer population2020,
    @Schema(nullable = true) String populationSource) {

    static CityResponse of(City c) {
        return new CityResponse(c.code(), c.name(), c.capital(), c.latitude(), c.longitude(), c.population2020(),
            c.populationSource());
    }
}
