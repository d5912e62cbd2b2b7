package org.nua.testsupport;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real public data in {@code deploy/data} (sources in its PROVENANCE.md), read as tests need it, so
 * that no test types a value by hand.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    /** Every row of a CSV file of deploy/data, as header-to-value maps. */
    public static List<Map<String, String>> rows(String file) {
        Path path = dataDirectory().resolve(file);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(reader).stream().map(CSVRecord::toMap).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** The first row that matches, or an error naming the file. */
    public static Map<String, String> row(String file, Predicate<Map<String, String>> match) {
        return rows(file).stream().filter(match).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No matching row in " + file));
    }

    /** deploy/data, found from the module directory the tests run in. */
    public static Path dataDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("deploy").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("deploy/data not found above " + Path.of("").toAbsolutePath());
    }

    /** docs/events, where the golden example of every event type lives. */
    public static Path eventExamples() {
        return dataDirectory().getParent().getParent().resolve("docs").resolve("events");
    }
}
