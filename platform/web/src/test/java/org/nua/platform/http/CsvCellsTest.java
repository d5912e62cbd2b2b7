package org.nua.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void aCellThatASpreadsheetWouldRunGetsAnApostropheAndOtherTextStaysAsItIs() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://example.invalid\")"))
            .isEqualTo("'=HYPERLINK(\"http://example.invalid\")");
        assertThat(CsvCells.text("+1")).isEqualTo("'+1");
        assertThat(CsvCells.text("-A1")).isEqualTo("'-A1");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.text("UN SDG Global Database")).isEqualTo("UN SDG Global Database");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isNull();
    }

    @Test
    void readBackTheGuardIsDroppedAndOnlyTheGuard() {
        for (String text : new String[] {"=1+1", "-A1", "@x", "plain", "'quoted by its author", "", "'"}) {
            assertThat(CsvCells.unguarded(CsvCells.text(text))).as(text).isEqualTo(text);
        }
        assertThat(CsvCells.unguarded("'plain")).isEqualTo("'plain");
    }
}
