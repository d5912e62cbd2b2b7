package org.nua.tools;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV upload of one data set for one country, as a partner agency would send it.
 *
 * @param rows the data rows, each as many cells as the header
 */
record Upload(String dataset, String country, List<String> header, List<List<String>> rows) {

    String csv() {
        return csv(Set.of());
    }

    /** The upload without the given rows (1-based, as the batch report numbers them). */
    String csv(Set<Integer> without) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(
            header.toArray(String[]::new)).get())) {
            for (int i = 0; i < rows.size(); i++) {
                if (!without.contains(i + 1)) {
                    printer.printRecord(rows.get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
