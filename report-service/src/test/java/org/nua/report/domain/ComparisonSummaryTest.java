package org.nua.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ComparisonSummaryTest {

    private static CountryView country(String code, String subRegion, String m49) {
        return new CountryView(code, Map.of("en", code), "000", "Region", subRegion, m49, 1);
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
            new BigDecimal("10"), new BigDecimal("5"), new BigDecimal("4")));
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
}
