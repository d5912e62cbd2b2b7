package org.nua.country.events.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nua.country.domain.City;
import org.nua.country.domain.Country;
import org.nua.country.domain.CountryReference;

/**
 * Data of {@code country.published.v1} and {@code country.updated.v1}: the whole country, so the compacted
 * topic alone rebuilds any replica. Fields may be added within v1; nothing is renamed or removed.
 */
public record CountrySnapshot(String code, String iso2, String m49, Map<String, String> names, String officialName,
                              String region, String regionM49, String subRegion, String subRegionM49,
                              String capital, List<String> languages, Map<String, String> nativeNames,
                              BigDecimal areaKm2, Map<String, Long> urbanPopulation, List<City> cities, int version,
                              Instant updatedAt) {

    public static final String PUBLISHED = "country.published.v1";
    public static final String UPDATED = "country.updated.v1";

    public static CountrySnapshot of(Country country) {
        CountryReference r = country.toReference();
        return new CountrySnapshot(r.code(), r.iso2(), r.m49(), r.names(), r.officialName(), r.region(),
            r.regionM49(), r.subRegion(), r.subRegionM49(), r.capital(), r.languages(), r.nativeNames(), r.areaKm2(),
            r.urbanPopulation(), r.cities(), country.version(), country.updatedAt());
    }
}
