package org.nua.report.domain;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What comparisons need to know about a country, kept from country.events. */
@Entity
@Table(name = "country_view")
public class CountryView {

    @Id
    private String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @Column(nullable = false)
    private String m49;

    @Column(nullable = false)
    private String region;

    @Column(name = "sub_region", nullable = false)
    private String subRegion;

    @Column(name = "sub_region_m49")
    private String subRegionM49;

    /** Urban population by year (keys are years); empty when the country event carried none. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "urban_population", nullable = false)
    private Map<String, Long> urbanPopulation;

    /** Names in the country's own languages, by language tag (km for Cambodia's Khmer name). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "native_names", nullable = false)
    private Map<String, String> nativeNames;

    @Column(nullable = false)
    private int version;

    protected CountryView() {
    }

    public CountryView(String code, Map<String, String> names, String m49, String region, String subRegion,
                       String subRegionM49, Map<String, Long> urbanPopulation, Map<String, String> nativeNames,
                       int version) {
        this.code = code;
        this.names = Map.copyOf(names);
        this.m49 = m49;
        this.region = region;
        this.subRegion = subRegion;
        this.subRegionM49 = subRegionM49;
        this.urbanPopulation = Map.copyOf(urbanPopulation);
        this.nativeNames = Map.copyOf(nativeNames);
        this.version = version;
    }

    /** Takes a newer snapshot; an older or repeated one changes nothing. */
    public void apply(CountryView newer) {
        if (newer.version <= version) {
            return;
        }
        names = newer.names;
        m49 = newer.m49;
        region = newer.region;
        subRegion = newer.subRegion;
        subRegionM49 = newer.subRegionM49;
        urbanPopulation = newer.urbanPopulation;
        nativeNames = newer.nativeNames;
        version = newer.version;
    }

    public String code() {
        return code;
    }

    public Map<String, String> names() {
        return names;
    }

    public Map<String, String> nativeNames() {
        return nativeNames;
    }

    public String subRegion() {
        return subRegion;
    }

    public String subRegionM49() {
        return subRegionM49;
    }

    /** The urban population of the year, or of the nearest year that has one (the earlier on a tie). */
    public Optional<Long> urbanPopulationNear(int year) {
        return urbanPopulation.entrySet().stream()
            .min(Comparator.comparingInt((Map.Entry<String, Long> e) -> Math.abs(Integer.parseInt(e.getKey()) - year))
                .thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getValue);
    }
}
