package org.nua.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.nua.testsupport.ReferenceData;

class ComparisonSummaryTest {

    private static CountryView country(String code, String subRegion, String m49) {
        return new CountryView(code, Map.of("en", code), "000", "Region", subRegion, m49, Map.of(), Map.of(), 1);
    }

    private static Comparison.Row row(CountryView c, String value, Integer year, String nature) {
        return new Comparison.Row(c, null, value == null ? null : new BigDecimal(value), year, nature, null);
    }

    private final CountryView jor = country("JOR", "Western Asia", "145");
    private final CountryView mar = country("MAR", "Northern Africa", "015");
    private final CountryView ecu = country("ECU", "Latin America and the Caribbean", "419");
    private final CountryView cri = country("CRI", "Latin America and the Caribbean", "419");

    @Test
    void statisticsCoverOnlyTheCountriesWithAValue() {
        ComparisonSummary s = ComparisonSummary.of(List.of(row(jor, "4", 2016, "E"), row(mar, "10", 2016, "E"),
            row(ecu, "1", 2016, "E"), row(cri, null, null, null)));

        // values 1, 4, 10: mean 5, median 4
        assertThat(s.statistics()).isEqualTo(new ComparisonSummary.Statistics(3, new BigDecimal("1"),
            new BigDecimal("10"), new BigDecimal("5"), new BigDecimal("4"), null,
            "No population-weighted mean: no urban population is known for JOR, MAR, ECU."));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void anEvenCountHasTheMiddleTwoAveragedAsMedian() {
        ComparisonSummary s = ComparisonSummary.of(List.of(row(jor, "4", 2016, "E"), row(mar, "10", 2016, "E"),
            row(ecu, "1", 2016, "E"), row(cri, "7", 2016, "E")));
        assertThat(s.statistics().median()).isEqualByComparingTo("5.5");
        assertThat(s.statistics().mean()).isEqualByComparingTo("5.5");
    }

    @Test
    void regionalMeansNameTheirCountries() {
        ComparisonSummary s = ComparisonSummary.of(List.of(row(jor, "4", 2016, "E"), row(ecu, "1", 2016, "E"),
            row(cri, "2", 2016, "E")));
        assertThat(s.regions()).containsExactly(
            new ComparisonSummary.RegionalMean("Latin America and the Caribbean", "419", List.of("CRI", "ECU"),
                new BigDecimal("1.5")),
            new ComparisonSummary.RegionalMean("Western Asia", "145", List.of("JOR"), new BigDecimal("4")));
    }

    @Test
    void mixedNaturesAndDistantYearsAreWarnedAbout() {
        ComparisonSummary s = ComparisonSummary.of(List.of(row(jor, "4", 2018, "C"), row(mar, "10", 2010, "E"),
            row(ecu, "1", 2017, "E")));
        assertThat(s.warnings()).extracting(ComparisonSummary.Warning::code)
            .containsExactly("MIXED_NATURE", "YEARS_APART");
        assertThat(s.warnings().get(1).countries()).containsExactly("MAR");
    }

    /** A country as country.events describe it, with its urban population by year from the WDI extract. */
    private static CountryView withUrbanPopulation(String iso3, String subRegion, String m49) {
        Map<String, Long> population = new java.util.TreeMap<>();
        ReferenceData.rows("wdi_urban_development_9countries.csv").stream()
            .filter(r -> r.get("iso3").equals(iso3) && r.get("indicator_code").equals("SP.URB.TOTL"))
            .forEach(r -> population.put(r.get("year"), Long.parseLong(r.get("value"))));
        return new CountryView(iso3, Map.of("en", iso3), "000", "Region", subRegion, m49, population, Map.of(), 1);
    }

    private static Comparison.Row pm25(CountryView country, int year) {
        Map<String, String> row = ReferenceData.row("unsd_sdg11_series_9countries.csv",
            r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("iso3").equals(country.code())
                && r.get("location").equals("allarea") && r.get("year").equals(Integer.toString(year)));
        return row(country, row.get("value"), year, "E");
    }

    @Test
    void thePopulationWeightedMeanWeighsEachValueByItsCountrysUrbanPopulation() {
        CountryView jordan = withUrbanPopulation("JOR", "Western Asia", "145");
        CountryView morocco = withUrbanPopulation("MAR", "Northern Africa", "015");
        ComparisonSummary s = ComparisonSummary.of(List.of(pm25(jordan, 2016), pm25(morocco, 2016)));

        // PM2.5 2016: Jordan 32.0861778, Morocco 30.9871521 (UN SDG database); urban population 2016: Jordan
        // 8,647,202, Morocco 21,553,482 (WDI). (32.0861778 x 8647202 + 30.9871521 x 21553482) / 30200684
        // = 31.3018303116... (bc -l), below the simple mean 31.53666495 since Morocco weighs more.
        assertThat(s.statistics().populationWeightedMean()).isCloseTo(new BigDecimal("31.3018303116"),
            org.assertj.core.data.Offset.offset(new BigDecimal("0.0000000001")));
        assertThat(s.statistics().weighting()).startsWith("Weighted by urban population");
        assertThat(s.statistics().mean()).isEqualByComparingTo("31.53666495");
    }

    @Test
    void theNearestYearsPopulationStandsInForAYearWithoutOne() {
        CountryView jordan = withUrbanPopulation("JOR", "Western Asia", "145");
        assertThat(jordan.urbanPopulationNear(1900)).isEqualTo(jordan.urbanPopulationNear(1960));
        assertThat(jordan.urbanPopulationNear(2016)).hasValue(8647202L);
    }
}
