package org.nua.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;

/**
 * Measures bulk ingestion: the same rows loaded through the gateway in batches (validation, revisions, events
 * and all) and by raw PostgreSQL (COPY into a staging table plus the same upsert into an equivalent table),
 * in one run on one machine; then through the gateway again with ten million observations already stored.
 * Rates are compared as ratios, since the machines are shared and absolute figures drift. Both paths first
 * load a million rows of their own, unmeasured (--warm-up), so neither is measured with a cold JIT or cache: a
 * freshly started service keeps compiling for about half a minute of such load (after a warm-up of 100,000 rows,
 * country-service's C2 compiler still took a fifth of the machine's CPU during the measured run). The warm-up's
 * observations are then removed, so the first measured run meets an empty table.
 *
 * <p>Keys: 9 countries x 15 indicators x 100 series x 76 years (1950-2025), 1,026,000 in all. The indicators
 * and series are the benchmark's own, created through the catalogue API; the values are the UN SDG database's
 * percentages from deploy/data, reused in turn.
 */
public final class IngestBenchmark {

    private static final int INDICATORS = 15;
    private static final int SERIES = 100;
    private static final int FIRST_YEAR = 1950;
    private static final int YEARS = 76;
    private static final String HEADER = "indicator_code,series_code,year,value,unit\n";

    private record Batch(String country, String csv, int rows) {
    }

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        ApiClient api = new ApiClient(URI.create(o.getOrDefault("--gateway", "http://127.0.0.1:8080")));
        String jdbc = o.getOrDefault("--jdbc", "jdbc:postgresql://127.0.0.1:5432/");
        String prefix = o.getOrDefault("--db-prefix", "nua_bench_");
        String user = o.getOrDefault("--db-user", "postgres");
        int batchRows = Integer.parseInt(o.getOrDefault("--batch", "10000"));
        int clients = Integer.parseInt(o.getOrDefault("--clients", "2"));
        long prefill = Long.parseLong(o.getOrDefault("--prefill", "10000000"));
        List<BigDecimal> values = percentages(Path.of(o.getOrDefault("--data", "deploy/data")));
        List<String> countries = countries(api);

        System.out.printf("Ingestion benchmark: %d clients, batches of %d rows, %d countries%n%n", clients,
            batchRows, countries.size());
        long limit = Long.parseLong(o.getOrDefault("--rows", String.valueOf(Long.MAX_VALUE)));
        long warmUp = Long.parseLong(o.getOrDefault("--warm-up", "1000000"));
        List<Batch> run0 = limit(batches("R0", countries, values, batchRows), limit);
        try (Connection admin = DriverManager.getConnection(jdbc + "postgres", user, null)) {
            recreate(admin, prefix + "raw");
        }
        String rawUrl = jdbc + prefix + "raw";
        execute(rawUrl, user, RAW_TABLE);

        // Both paths first load rows of their own, unmeasured, so the JIT and the caches are warm for both.
        List<Batch> warm = limit(batches("WU", countries, values, batchRows), warmUp);
        createIndicators(api, "WU");
        measure("(warm-up) through the gateway", warm, clients, b -> upload(api, b));
        measure("(warm-up) raw", warm, clients, b -> rawUpsert(rawUrl, user, b));
        execute(rawUrl, user, "truncate raw_observation");
        waitForOutbox(jdbc + prefix + "country", user);
        execute(jdbc + prefix + "country", user, "truncate observation_revision, observation");

        createIndicators(api, "R0");
        Rate ours = measure("through the gateway, empty table", run0, clients, b -> upload(api, b));
        waitForOutbox(jdbc + prefix + "country", user);
        Rate raw = measure("raw COPY + upsert, equivalent table", run0, clients, b -> rawUpsert(rawUrl, user, b));

        System.out.printf("%nStoring %,d more observations directly, so the next run meets a full table...%n",
            prefill);
        long filled = prefill(jdbc + prefix + "country", user, prefill, values);
        System.out.printf("observations stored: %,d%n%n", filled);
        List<Batch> run1 = limit(batches("R1", countries, values, batchRows), limit);
        createIndicators(api, "R1");
        Rate full = measure("through the gateway, " + String.format("%,d", filled) + " stored", run1, clients,
            b -> upload(api, b));
        waitForOutbox(jdbc + prefix + "country", user);

        System.out.printf("%nours / raw            = %.2f  (goal >= 0.35)%n", ours.perSecond() / raw.perSecond());
        System.out.printf("full / empty          = %.2f  (goal >= 0.80)%n", full.perSecond() / ours.perSecond());
    }

    private record Rate(long rows, double seconds) {
        double perSecond() {
            return rows / seconds;
        }
    }

    @FunctionalInterface
    private interface Loader {
        int load(Batch batch) throws Exception;
    }

    private static Rate measure(String label, List<Batch> batches, int clients, Loader loader) throws Exception {
        ConcurrentLinkedQueue<Batch> queue = new ConcurrentLinkedQueue<>(batches);
        AtomicLong rows = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(() -> {
                for (Batch b = queue.poll(); b != null; b = queue.poll()) {
                    rows.addAndGet(loader.load(b));
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Rate rate = new Rate(rows.get(), (System.nanoTime() - started) / 1e9);
        System.out.printf("%-48s %,10d rows %8.1f s %,10.0f rows/s%n", label, rate.rows(), rate.seconds(),
            rate.perSecond());
        return rate;
    }

    private static int upload(ApiClient api, Batch b) throws Exception {
        ApiClient.Answer answer = api.postBatch(b.country(), "text/csv", b.csv(), false, null);
        if (answer.status() != 200 || answer.body().get("recorded").asInt() != b.rows()) {
            throw new IllegalStateException("Batch for " + b.country() + " answered " + answer.status() + ": "
                + answer.body().toString().substring(0, Math.min(500, answer.body().toString().length())));
        }
        return b.rows();
    }

    private static final String RAW_TABLE = """
        create table raw_observation (
            id bigint generated always as identity primary key, country_code varchar(3) not null,
            city_code text not null default '', indicator_code text not null, series_code text not null,
            year smallint not null, disaggregation text not null default '', value numeric not null,
            unit text not null, revision integer not null, created_at timestamptz not null,
            updated_at timestamptz not null,
            unique (country_code, indicator_code, series_code, city_code, disaggregation, year))""";

    private static int rawUpsert(String url, String user, Batch b) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(url, user, null)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("create temp table stage (indicator_code text, series_code text, year smallint, "
                    + "value numeric, unit text) on commit drop");
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy stage from stdin (format csv, header true)",
                    new StringReader(b.csv()));
                st.execute("insert into raw_observation as o (country_code, indicator_code, series_code, year, value, "
                    + "unit, revision, created_at, updated_at) select '" + b.country() + "', indicator_code, "
                    + "series_code, year, value, unit, 1, now(), now() from stage on conflict (country_code, "
                    + "indicator_code, series_code, city_code, disaggregation, year) do update set value = "
                    + "excluded.value, unit = excluded.unit, revision = o.revision + 1, updated_at = now()");
            }
            c.commit();
        }
        return b.rows();
    }

    /** Rows of one run, cut into per-country batches. */
    private static List<Batch> batches(String run, List<String> countries, List<BigDecimal> values, int size) {
        List<Batch> batches = new ArrayList<>();
        int v = 0;
        for (String country : countries) {
            StringBuilder csv = new StringBuilder(HEADER);
            int rows = 0;
            for (int i = 0; i < INDICATORS; i++) {
                for (int s = 0; s < SERIES; s++) {
                    for (int y = 0; y < YEARS; y++) {
                        csv.append(indicator(run, i)).append(',').append(series(run, i, s)).append(',')
                            .append(FIRST_YEAR + y).append(',').append(values.get(v++ % values.size())
                                .toPlainString()).append(",PERCENT\n");
                        if (++rows == size) {
                            batches.add(new Batch(country, csv.toString(), rows));
                            csv = new StringBuilder(HEADER);
                            rows = 0;
                        }
                    }
                }
            }
            if (rows > 0) {
                batches.add(new Batch(country, csv.toString(), rows));
            }
        }
        return batches;
    }

    /** The first batches holding at least this many rows (a shorter run, to try the benchmark out). */
    private static List<Batch> limit(List<Batch> batches, long rows) {
        List<Batch> kept = new ArrayList<>();
        long total = 0;
        for (Batch b : batches) {
            if (total >= rows) {
                break;
            }
            kept.add(b);
            total += b.rows();
        }
        return kept;
    }

    private static String indicator(String run, int i) {
        return String.format("BENCH-%s-I%02d", run, i);
    }

    /** Series codes are unique across the catalogue: each indicator has its own. */
    private static String series(String run, int i, int s) {
        return String.format("BENCH_%s_I%02d_S%03d", run, i, s);
    }

    private static void createIndicators(ApiClient api, String run) throws Exception {
        for (int i = 0; i < INDICATORS; i++) {
            List<Map<String, String>> series = new ArrayList<>();
            for (int s = 0; s < SERIES; s++) {
                series.add(Map.of("code", series(run, i, s), "description", "Ingestion benchmark series",
                    "unit", "PERCENT"));
            }
            String code = indicator(run, i);
            ApiClient.Answer answer = api.postJson("/api/v1/indicators", Map.of("code", code, "framework", "PROJECT",
                "names", Map.of("en", "Ingestion benchmark indicator " + code), "unit", "PERCENT",
                "series", series, "dimensions", List.of("NATURE")));
            if (answer.status() != 201) {
                throw new IllegalStateException("Creating " + code + " answered " + answer.status() + ": "
                    + answer.body());
            }
        }
        // country-service learns the new indicators from indicator.events, partition by partition: wait until
        // a dry run naming every one of them passes.
        StringBuilder probe = new StringBuilder(HEADER);
        for (int i = 0; i < INDICATORS; i++) {
            probe.append(indicator(run, i)).append(',').append(series(run, i, SERIES - 1)).append(",2000,1,PERCENT\n");
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (api.postBatch("JOR", "text/csv", probe.toString(), true, null).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("country-service did not learn the benchmark's indicators in 60 s");
            }
            Thread.sleep(200);
        }
    }

    /** Waits until country-service has relayed every event to Kafka, so the next phase starts from quiet. */
    private static void waitForOutbox(String url, String user) throws Exception {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, null); Statement st = c.createStatement()) {
            while (true) {
                var rs = st.executeQuery("select count(*) from outbox_event where published_at is null");
                rs.next();
                if (rs.getLong(1) == 0) {
                    break;
                }
                Thread.sleep(500);
            }
        }
        System.out.printf("%-48s %8.1f s%n", "  (events relayed to Kafka after the run)",
            (System.nanoTime() - started) / 1e9);
    }

    /**
     * Stores observations directly, under indicators no run uses: each is a first recording, whose row is its
     * current (and only) revision, exactly as country-service stores one.
     */
    private static long prefill(String url, String user, long rows, List<BigDecimal> values) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, null); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("create temp table bench_value (i int primary key, value numeric not null)");
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                csv.append(i).append(',').append(values.get(i).toPlainString()).append('\n');
            }
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_value from stdin (format csv)",
                new StringReader(csv.toString()));
            long started = System.nanoTime();
            st.execute("insert into observation (country_code, indicator_code, series_code, year, value, unit, "
                + "revision, created_at, updated_at) "
                + "select (array(select code from country order by code))[1 + (g % 9)], "
                + "'BENCH-FILL-' || (g / 9 / " + (YEARS * 1000) + "), 'S' || ((g / 9 / " + YEARS + ") % 1000), "
                + FIRST_YEAR + " + ((g / 9) % " + YEARS + "), v.value, 'PERCENT', 1, now(), now() "
                + "from generate_series(0, " + (rows - 1) + ") g join bench_value v on v.i = g % "
                + values.size());
            c.commit();
            c.setAutoCommit(true);
            st.execute("vacuum analyze observation");
            System.out.printf("%-48s %8.1f s%n", "  (prefill, direct SQL)", (System.nanoTime() - started) / 1e9);
            var rs = st.executeQuery("select count(*) from observation");
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, null); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void recreate(Connection admin, String database) throws SQLException {
        try (Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + database);
            st.execute("create database " + database);
        }
    }

    private static List<String> countries(ApiClient api) throws Exception {
        List<String> codes = new ArrayList<>();
        api.get("/api/v1/countries").body().forEach(c -> codes.add(c.get("code").asText()));
        return codes;
    }

    /**
     * The UN SDG database's percentages in deploy/data: real values, reused in turn for every key. Sorted (and
     * from 1 up), so consecutive years differ little: a benchmark of plausible data, not of VALUE_JUMP reports.
     */
    private static List<BigDecimal> percentages(Path data) throws IOException {
        List<BigDecimal> values = new ArrayList<>();
        for (String file : List.of("unsd_nua_related_series_9countries.csv", "unsd_sdg11_series_9countries.csv")) {
            try (Reader in = Files.newBufferedReader(data.resolve(file))) {
                for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    if (r.get("units").equals("PERCENT")) {
                        BigDecimal value = new BigDecimal(r.get("value"));
                        if (value.compareTo(BigDecimal.ONE) >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                            values.add(value);
                        }
                    }
                }
            }
        }
        values.sort(null);
        return values;
    }
}
