package org.nua.tools;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads every data set of deploy/data through the public API, exactly as a partner agency would, and reports
 * rows accepted, rejected (with reasons) and skipped, and the time taken. Usage:
 * {@code deploy/load-data [--gateway http://127.0.0.1:8080] [--data deploy/data]}.
 */
public final class LoadData {

    private LoadData() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        ApiClient api = new ApiClient(URI.create(options.getOrDefault("--gateway",
            System.getenv().getOrDefault("NUA_GATEWAY_URL", "http://127.0.0.1:8080"))));
        DataSets files = new DataSets(Path.of(options.getOrDefault("--data", "deploy/data")));
        long started = System.nanoTime();
        Map<String, String> units = catalogueUnits(api);
        waitUntilCountryServiceKnowsTheCatalogue(api);
        List<DataSets.DataSet> sets = List.of(
            files.unsd("unsd_sdg11_series_9countries.csv"),
            files.unsd("unsd_nua_related_series_9countries.csv"),
            files.worldBank("wdi_urban_development_9countries.csv", units::get),
            files.kazstat("kazstat_national_sdg11_KAZ.csv", units::get));
        Loader loader = new Loader(api);
        System.out.printf("Loading deploy/data through %s%n%n", api.gateway());
        System.out.printf("%-42s %7s %9s %9s %8s %9s%n", "data set", "rows", "accepted", "rejected", "skipped",
            "time");
        int[] totals = new int[4];
        for (DataSets.DataSet set : sets) {
            long setStarted = System.nanoTime();
            int accepted = 0;
            int rejected = 0;
            int warnings = 0;
            Map<String, Integer> byCode = new TreeMap<>();
            Map<String, String> examples = new TreeMap<>();
            for (Upload upload : set.uploads()) {
                Loader.Outcome outcome = loader.load(upload);
                accepted += outcome.recorded() + outcome.revised() + outcome.unchanged();
                rejected += outcome.rejected();
                warnings += outcome.warnings();
                outcome.rejectionsByCode().forEach((code, n) -> byCode.merge(code, n, Integer::sum));
                outcome.rejectionExamples().forEach(examples::putIfAbsent);
            }
            int skipped = set.skipped().values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("%-42s %7d %9d %9d %8d %8.1fs%n", set.file(), set.rows(), accepted, rejected, skipped,
                (System.nanoTime() - setStarted) / 1e9);
            byCode.forEach((code, n) -> System.out.printf("    rejected %-20s %6d   e.g. %s%n", code, n,
                examples.get(code)));
            set.skipped().forEach((why, n) -> System.out.printf("    skipped  %6d  %s%n", n, why));
            if (warnings > 0) {
                System.out.printf("    %d warning(s) (accepted rows worth a look, e.g. VALUE_JUMP)%n", warnings);
            }
            totals[0] += set.rows();
            totals[1] += accepted;
            totals[2] += rejected;
            totals[3] += skipped;
        }
        System.out.printf("%n%-42s %7d %9d %9d %8d %8.1fs%n", "all data sets", totals[0], totals[1], totals[2],
            totals[3], (System.nanoTime() - started) / 1e9);
    }

    /** Every catalogue indicator's unit, read from the catalogue API as a partner would look it up. */
    private static Map<String, String> catalogueUnits(ApiClient api) throws Exception {
        Map<String, String> units = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        for (int page = 0; ; page++) {
            ApiClient.Answer answer = api.get("/api/v1/indicators?size=500&page=" + page);
            if (answer.status() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The catalogue does not answer: " + answer.status());
                }
                Thread.sleep(1000);
                page--;
                continue;
            }
            for (JsonNode item : answer.body().get("items")) {
                units.put(item.get("code").asText(), item.get("unit").asText());
            }
            if (answer.body().get("items").size() < 500) {
                return units;
            }
        }
    }

    /** country-service validates against its replica of the catalogue, filled from events after start-up. */
    private static void waitUntilCountryServiceKnowsTheCatalogue(ApiClient api) throws Exception {
        String probe = "indicator_code,series_code,year,value,unit\n11.6.2,EN_ATM_PM25,2016,1,mgr/m^3\n";
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (api.postBatch("JOR", "text/csv", probe, true, null).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("country-service did not learn the catalogue within 2 minutes");
            }
            Thread.sleep(500);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
