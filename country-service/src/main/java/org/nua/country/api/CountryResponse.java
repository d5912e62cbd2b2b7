package org.nua.country.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.country.domain.Country;
import org.nua.country.domain.CountryReference;

@Schema(name = "Country", description = "A country of the project, with its codes, UN M49 region and names")
public record CountryResponse(
    @Schema(description = "ISO 3166-1 alpha-3", examples = "JOR") String code,
    @Schema(description = "ISO 3166-1 alpha-2", examples = "JO") String iso2,
    @Schema(description = "UN M49 (= ISO numeric) code", examples = "400") String m49,
    @Schema(description = "Short names by language tag (CLDR)") Map<String, String> names,
    @Schema(examples = "Hashemite Kingdom of Jordan") String officialName,
    @Schema(description = "UN M49 region", examples = "Asia") String region,
    @Schema(examples = "142") String regionM49,
    @Schema(description = "UN M49 sub-region", examples = "Western Asia") String subRegion,
    @Schema(examples = "145") String subRegionM49,
    @Schema(nullable = true, examples = "Amman") String capital,
    @Schema(description = "Official languages, ISO 639-3 code and English name", examples = "[\"ara:Arabic\"]")
    List<String> languages,
    @Schema(description = "Official name in each official language, by ISO 639-3 code") Map<String, String> nativeNames,
    @Schema(examples = "89342") BigDecimal areaKm2,
    @Schema(description = "Urban population (persons) by year, World Bank WDI SP.URB.TOTL")
    Map<String, Long> urbanPopulation,
    @Schema(description = "Urban agglomerations of 300,000 or more (UN WUP 2018) and the capital")
    List<CityResponse> cities,
    @Schema(description = "Grows with every change to this country's data", examples = "1") int version) {

    static CountryResponse of(Country country) {
        CountryReference r = country.toReference();
        return new CountryResponse(r.code(), r.iso2(), r.m49(), r.names(), r.officialName(), r.region(),
            r.regionM49(), r.subRegion(), r.subRegionM49(), r.capital(), r.languages(), r.nativeNames(), r.areaKm2(),
            r.urbanPopulation(), r.cities().stream().map(CityResponse::of).toList(), country.version());
    }
}
