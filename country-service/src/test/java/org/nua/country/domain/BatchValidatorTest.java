package org.nua.country.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.nua.testsupport.ReferenceData;

/** Layered row validation, without a database: the catalogue and the country come in as plain values. */
class BatchValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    private static IndicatorReplica replica(String code, String unit, Map<String, String> series,
                                            List<String> dimensions) {
        return new IndicatorReplica(new IndicatorReplica.Snapshot(code, Map.of("en", code), unit, "DECREASE",
            "ACTIVE", series, java.math.BigDecimal.ZERO, null, dimensions, 1, NOW));
    }

    /** The catalogue as the UN API 2022.Q1 files the disaster series: under 11.5.3, not 11.5.2. */
    private final Map<String, IndicatorReplica> catalogue = Map.of(
        "11.5.2", replica("11.5.2", "CU_USD", Map.of("VC_DSR_GDPLS", "CU_USD"), List.of("NATURE")),
        "11.5.3", replica("11.5.3", "NUMBER", Map.of("VC_DSR_BSDN", "NUMBER"), List.of("NATURE")),
        "11.6.2", replica("11.6.2", "mgr/m^3", Map.of("EN_ATM_PM25", "mgr/m^3"), List.of("LOCATION", "NATURE")),
        "EN.POP.DNST", replica("EN.POP.DNST", "NUMBER", Map.of(), List.of()));

    private BatchValidator validator() {
        Map<String, String> jordan = ReferenceData.row("country_reference_9countries.csv",
            r -> r.get("iso3").equals("JOR"));
        Country country = new Country(new CountryReference("JOR", jordan.get("iso2"), jordan.get("iso_numeric_m49"),
            Map.of("en", "Jordan"), "Jordan", "Asia", "142", "Western Asia", "145", "Amman", List.of(), Map.of(),
            null, new TreeMap<>(), List.of()), NOW);
        return new BatchValidator(country, null, code -> Optional.ofNullable(catalogue.get(code)),
            series -> catalogue.values().stream().filter(i -> i.unitOf(series).isPresent()
                && !i.code().startsWith("EN.")).map(IndicatorReplica::code).sorted().toList(), 2026);
    }

    private static BatchRow row(int n, String indicator, String series, String year, String value, String unit,
                                Map<String, String> dimensions) {
        return new BatchRow(n, null, null, indicator, series, year, value, null, unit, null, null, null, null,
            dimensions, null);
    }

    @Test
    void aSeriesTheCatalogueFilesUnderAnotherIndicatorOfTheTargetIsRecordedThereWithAWarning() {
        BatchValidator.Result result = validator().validate(List.of(
            row(1, "1.5.2, 11.5.2", "VC_DSR_BSDN", "2015", "3", "NUMBER", Map.of())));
        assertThat(result.errors()).isEmpty();
        assertThat(result.writes().get(0).key().indicatorCode()).isEqualTo("11.5.3");
        assertThat(result.warnings()).extracting(BatchReport.RowIssue::code).containsExactly("SERIES_REASSIGNED");
    }

    @Test
    void anIndicatorOfAnotherTargetIsNeverSubstituted() {
        BatchValidator.Result result = validator().validate(List.of(
            row(1, "11.6.2", "VC_DSR_BSDN", "2015", "3", "NUMBER", Map.of())));
        assertThat(result.errors()).extracting(BatchReport.RowIssue::code).containsExactly("UNKNOWN_SERIES");
    }

    @Test
    void aSeriesAloneFindsItsIndicator() {
        BatchValidator.Result result = validator().validate(List.of(
            row(1, null, "EN_ATM_PM25", "2016", "32.0861778", "mgr/m^3", Map.of("URBANISATION", "U"))));
        assertThat(result.errors()).extracting(BatchReport.RowIssue::code).containsExactly("UNKNOWN_DIMENSION");
        result = validator().validate(List.of(
            row(1, null, "EN_ATM_PM25", "2016", "32.0861778", "mgr/m^3", Map.of("LOCATION", "URBAN"))));
        assertThat(result.errors()).isEmpty();
        assertThat(result.writes().get(0).key().disaggregation().key()).isEqualTo("LOCATION=URBAN");
    }

    @Test
    void limitsPeriodsAndDuplicatesAreCheckedRowByRow() {
        BatchValidator.Result result = validator().validate(List.of(
            row(1, "11.6.2", "EN_ATM_PM25", "2016", "-1", "mgr/m^3", Map.of()),
            row(2, "11.6.2", "EN_ATM_PM25", "2027", "1", "mgr/m^3", Map.of()),
            row(3, "11.6.2", "EN_ATM_PM25", "2016", "1", "mgr/m^3", Map.of("LOCATION", "ALLAREA")),
            row(4, "11.6.2", "EN_ATM_PM25", "2016", "2", "mgr/m^3", Map.of()),
            row(5, "EN.POP.DNST", "", "2016", "2", "NUMBER", Map.of("LOCATION", "URBAN"))));
        assertThat(result.errors()).extracting(e -> e.row() + ":" + e.code()).containsExactly(
            "1:OUT_OF_RANGE", "2:FUTURE_PERIOD", "4:DUPLICATE_KEY", "5:UNKNOWN_DIMENSION");
        assertThat(result.writes()).hasSize(1);
    }

    private static BatchRow scaled(String value, String unitMultiplier) {
        return new BatchRow(1, null, null, "11.6.2", "EN_ATM_PM25", "2016", value, unitMultiplier, "mgr/m^3", null,
            null, null, null, Map.of(), null);
    }

    @Test
    void aUnitMultiplierScalesTheValueWithinSdmxsCodelist() {
        assertThat(validator().validate(List.of(scaled("1.5", "1"))).writes().get(0).value().value())
            .isEqualByComparingTo("15");
        assertThat(validator().validate(List.of(scaled("32", "-1"))).writes().get(0).value().value())
            .isEqualByComparingTo("3.2");
        for (String refused : List.of("16", "-16", "1000000", "2147483647", "abc", "1.5")) {
            assertThat(validator().validate(List.of(scaled("1", refused))).errors())
                .as(refused).extracting(e -> e.field() + ":" + e.code())
                .containsExactly("unitMultiplier:INVALID_VALUE");
        }
    }

    @Test
    void aValueIsBoundedBeforeAnyDigitIsWrittenOut() {
        for (String refused : List.of("1e2147483647", "1e-2147483647", "0e2147483647", "9".repeat(101), "1e41",
            "1e-21")) {
            assertThat(validator().validate(List.of(scaled(refused, null))).errors())
                .as(refused).extracting(e -> e.field() + ":" + e.code()).containsExactly("value:INVALID_VALUE");
        }
        // Scaled, a value must still fit: 1e30 in units of 10^15 has 46 integer digits.
        assertThat(validator().validate(List.of(scaled("1e30", "15"))).errors()).extracting(BatchReport.RowIssue::code)
            .containsExactly("INVALID_VALUE");
    }
}
