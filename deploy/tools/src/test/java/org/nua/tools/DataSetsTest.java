package org.nua.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The per-country uploads the loader makes of deploy/data: every row goes to exactly one place. */
class DataSetsTest {

    private static final Path DATA = Path.of("../data");
    private final DataSets sets = new DataSets(DATA);

    private static List<CSVRecord> records(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(DATA.resolve(file))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void unDatabaseRowsGoToTheirCountryAsTheyAreAndAggregatesAreSkipped() throws IOException {
        List<CSVRecord> all = records("unsd_sdg11_series_9countries.csv");
        DataSets.DataSet set = sets.unsd("unsd_sdg11_series_9countries.csv");
        long countryRows = all.stream().filter(r -> r.get("entity_type").equals("country")).count();

        assertThat(set.rows()).isEqualTo(all.size());
        assertThat(set.uploads()).extracting(Upload::country).doesNotContain("").hasSizeLessThanOrEqualTo(9);
        assertThat(set.uploads().stream().mapToInt(u -> u.rows().size()).sum()).isEqualTo(countryRows);
        assertThat(set.skipped().values().stream().mapToInt(Integer::intValue).sum())
            .isEqualTo(all.size() - countryRows);
        Upload jordan = set.uploads().stream().filter(u -> u.country().equals("JOR")).findFirst().orElseThrow();
        assertThat(jordan.header()).isEqualTo(all.get(0).getParser().getHeaderNames());
        assertThat(jordan.csv()).startsWith(String.join(",", jordan.header()));
    }

    @Test
    void kazstatAreasBecomeBreakdownsAndUnitsComeFromTheCatalogue() throws IOException {
        List<CSVRecord> all = records("kazstat_national_sdg11_KAZ.csv");
        DataSets.DataSet set = sets.kazstat("kazstat_national_sdg11_KAZ.csv", code -> "UNIT-OF-" + code);
        Upload kaz = set.uploads().get(0);
        assertThat(kaz.rows()).hasSize(all.size());
        CSVRecord oblast = all.stream().filter(r -> !r.get("ref_area_code").isBlank()).findFirst().orElseThrow();
        int index = all.indexOf(oblast);
        assertThat(kaz.rows().get(index).get(5)).contains("REF_AREA=" + oblast.get("ref_area_code"));
        assertThat(kaz.rows().get(index).get(4)).isEqualTo("UNIT-OF-" + oblast.get("national_indicator_id"));
    }

    @Test
    void rejectedRowsAreLeftOutOfTheResubmission() throws IOException {
        Upload jordan = sets.unsd("unsd_sdg11_series_9countries.csv").uploads().stream()
            .filter(u -> u.country().equals("JOR")).findFirst().orElseThrow();
        long lines = jordan.csv(Set.of(1, 2)).lines().count();
        assertThat(lines).isEqualTo(1 + jordan.rows().size() - 2);
    }
}
