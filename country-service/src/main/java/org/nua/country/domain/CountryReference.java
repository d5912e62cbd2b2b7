package org.nua.country.domain;

import java.util.Map;

/** A country's reference data as published by the sources in deploy/data (see its PROVENANCE.md). */
public record CountryReference(String code, String iso2, String m49, Map<String, String> names, String officialName,
                               String region, String regionM49, String subRegion, String subRegionM49,
                               String capital) {

    public CountryReference {
        names = Map.copyOf(names);
    }
}
