package org.nua.country.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A country's reference data as published by the sources in deploy/data (see its PROVENANCE.md).
 *
 * @param languages       ISO 639-3 code and English name, such as {@code ara:Arabic}
 * @param nativeNames     official name by ISO 639-3 language code
 * @param urbanPopulation persons living in urban areas by year (World Bank WDI SP.URB.TOTL)
 * @param cities          ordered by code
 */
public record CountryReference(String code, String iso2, String m49, Map<String, String> names, String officialName,
                               String region, String regionM49, String subRegion, String subRegionM49,
                               String capital, List<String> languages, Map<String, String> nativeNames,
                               BigDecimal areaKm2, SortedMap<String, Long> urbanPopulation, List<City> cities) {

    public CountryReference {
        names = Map.copyOf(names);
        languages = List.copyOf(languages);
        nativeNames = Map.copyOf(nativeNames);
        urbanPopulation = new TreeMap<>(urbanPopulation);
        cities = cities.stream().sorted(Comparator.comparing(City::code)).toList();
    }
}
