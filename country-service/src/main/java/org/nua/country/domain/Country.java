package org.nua.country.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One of the project's countries, identified by its ISO 3166-1 alpha-3 code. */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(length = 3)
    private String code;

    @Column(nullable = false, length = 2)
    private String iso2;

    @Column(nullable = false, length = 3)
    private String m49;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @Column(name = "official_name", nullable = false)
    private String officialName;

    @Column(nullable = false)
    private String region;

    @Column(name = "region_m49", nullable = false, length = 3)
    private String regionM49;

    @Column(name = "sub_region", nullable = false)
    private String subRegion;

    @Column(name = "sub_region_m49", nullable = false, length = 3)
    private String subRegionM49;

    private String capital;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> languages;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "native_names", nullable = false)
    private Map<String, String> nativeNames;

    @Column(name = "area_km2")
    private BigDecimal areaKm2;

    /** Year (as text, JSON's only key type) to persons. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "urban_population", nullable = false)
    private Map<String, Long> urbanPopulation;

    // Few and always read with their country (events and reports carry them), so eager and kept in the entity.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "city", joinColumns = @JoinColumn(name = "country_code"))
    @OrderBy("code")
    private List<City> cities = new ArrayList<>();

    /** Grows with every change; carried by country events so replicas can ignore stale ones. */
    @Column(nullable = false)
    private int version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Country() {
    }

    public Country(CountryReference reference, Instant now) {
        this.code = reference.code();
        apply(reference, now);
        this.version = 1;
    }

    /** Takes the reference's values; returns true if anything changed (and then counts a new version). */
    public boolean update(CountryReference reference, Instant now) {
        if (reference.equals(toReference())) {
            return false;
        }
        apply(reference, now);
        version++;
        return true;
    }

    private void apply(CountryReference r, Instant now) {
        this.iso2 = r.iso2();
        this.m49 = r.m49();
        this.names = new TreeMap<>(r.names());
        this.officialName = r.officialName();
        this.region = r.region();
        this.regionM49 = r.regionM49();
        this.subRegion = r.subRegion();
        this.subRegionM49 = r.subRegionM49();
        this.capital = r.capital();
        this.languages = new ArrayList<>(r.languages());
        this.nativeNames = new TreeMap<>(r.nativeNames());
        this.areaKm2 = r.areaKm2();
        this.urbanPopulation = new TreeMap<>(r.urbanPopulation());
        this.cities.clear();
        this.cities.addAll(r.cities());
        this.updatedAt = now;
    }

    public CountryReference toReference() {
        return new CountryReference(code, iso2, m49, names, officialName, region, regionM49, subRegion,
            subRegionM49, capital, languages, nativeNames, areaKm2, new TreeMap<>(urbanPopulation), cities);
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
