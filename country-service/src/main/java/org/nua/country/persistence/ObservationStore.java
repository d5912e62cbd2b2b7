package org.nua.country.persistence;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import org.nua.country.domain.Disaggregation;
import org.nua.country.domain.ObservationChange;
import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationState;
import org.nua.country.domain.ObservationValue;
import org.nua.country.domain.ObservationWrite;

/**
 * Writes observations set-based, the way bulk loads into PostgreSQL are fast. The batch is COPYed into a
 * temporary staging table; one insert records every observation not stored yet (the bulk of any first load);
 * only the rows that were stored already are then locked, compared, and revised or withdrawn, their current
 * revision moving into the history. A 10,000-row batch of new data is three statements.
 */
@ApplicationScoped
public class ObservationStore {

    /** What a batch did: counts, each change (for its event), and withdrawals that found nothing. */
    public record Applied(int recorded, int revised, int unchanged, int withdrawn, List<ObservationChange> changes,
                          List<Integer> notFoundRows) {
    }

    /** The stored state of an observation a batch row refers to. */
    private record Existing(long id, ObservationValue value, boolean withdrawn) {
    }

    private static final String STAGE = """
        create temp table if not exists observation_stage (
            row_no int not null, city_code text not null, indicator_code text not null, series_code text not null,
            year smallint not null, disaggregation text not null, value numeric, unit text, nature text,
            source text, footnote text, status text, agency_code text, withdraw boolean not null,
            look_back boolean not null)
            on commit drop""";

    private static final String KEY_MATCH = "o.country_code = ? and o.indicator_code = s.indicator_code "
        + "and o.series_code = s.series_code and o.city_code = s.city_code and o.disaggregation = s.disaggregation";

    /** Staged rows of the given row numbers; a hash join, never a scan of the array per row. */
    private static final String STAGED = "observation_stage s join unnest(?::int[]) r(row_no) using (row_no)";

    /**
     * Records what is not stored yet. A key stored already, or inserted meanwhile by a concurrent batch (this
     * waits for it), is left alone here and then revised like any stored one. Nothing is returned: a first load
     * learns from the count alone that every row was recorded.
     */
    private static final String INSERT = """
        insert into observation (country_code, city_code, indicator_code, series_code, year, disaggregation,
            value, unit, nature, source, footnote, status, agency_code, revision, created_at, updated_at)
        select ?, s.city_code, s.indicator_code, s.series_code, s.year, s.disaggregation, s.value, s.unit,
            s.nature, s.source, s.footnote, s.status, s.agency_code, 1, ?, ?
        from observation_stage s where not s.withdraw
        on conflict on constraint observation_natural_key do nothing""";

    /**
     * After an insert that met stored keys: the staged rows it recorded, whose stored row this transaction
     * wrote (xmin; {@link #apply} inserts once per transaction). One index probe per row, as for PREVIOUS_YEAR.
     */
    private static final String RECORDED_NOW = "select s.row_no from observation_stage s cross join lateral "
        + "(select 1 from observation o where " + KEY_MATCH + " and o.year = s.year "
        + "and o.xmin = pg_current_xact_id()::xid limit 1) mine where not s.withdraw";

    private static final String EXISTING = "select s.row_no, o.id, o.value, o.unit, o.nature, o.source, o.footnote, "
        + "o.status, o.agency_code, o.withdrawn_at is not null from %s join observation o on " + KEY_MATCH
        + " and o.year = s.year order by o.id";

    /** Before a revision or withdrawal: the current revisions of these observations join their history. */
    private static final String ARCHIVE = """
        insert into observation_revision (observation_id, revision, value, unit, nature, source, footnote, status,
            agency_code, withdrawn, recorded_at)
        select o.id, o.revision, o.value, o.unit, o.nature, o.source, o.footnote, o.status, o.agency_code,
            o.withdrawn_at is not null, o.updated_at
        from observation o join unnest(?::bigint[]) x(id) using (id)""";

    /** Stored observations (locked, their current revision archived) take their new revision. */
    private static final String REVISE = """
        update observation o set value = s.value, unit = s.unit, nature = s.nature, source = s.source,
            footnote = s.footnote, status = s.status, agency_code = s.agency_code, revision = o.revision + 1,
            updated_at = ?, withdrawn_at = null
        from %s
        where %s and o.year = s.year
        returning o.id, o.revision, o.created_at, o.city_code, o.indicator_code, o.series_code, o.year,
            o.disaggregation""".formatted(STAGED, KEY_MATCH);

    /** A withdrawn observation keeps its last value in the row, for the history; withdrawn_at says it is gone. */
    private static final String WITHDRAW = """
        update observation o set withdrawn_at = ?, updated_at = ?, revision = o.revision + 1
        from %s
        where %s and o.year = s.year and o.withdrawn_at is null
        returning o.id, o.revision, o.created_at, o.city_code, o.indicator_code, o.series_code, o.year,
            o.disaggregation""".formatted(STAGED, KEY_MATCH);

    /**
     * The standing value of the previous year of each staged row whose previous year the batch lacks. One index
     * lookup per such row, whatever the statistics say: as a join, a table that grew since it was last analysed
     * was planned as a scan of all the country's observations (the key is unique; the limit keeps the subquery
     * from being folded into such a join).
     */
    private static final String PREVIOUS_YEAR = "select s.row_no, p.value from observation_stage s cross join lateral "
        + "(select o.value from observation o where " + KEY_MATCH + " and o.year = s.year - 1 "
        + "and o.withdrawn_at is null limit 1) p where s.look_back";

    /** Bytes buffered before they go to the server during the staging COPY. */
    private static final int COPY_BUFFER = 64 * 1024;

    private final EntityManager em;

    ObservationStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Applies validated writes for one country in the current transaction, or (in a dry run) works out what
     * they would do. Stored rows are locked before they are compared, so concurrent batches touching them
     * serialise and the previous values reported are exact.
     */
    public Applied apply(String countryCode, List<ObservationWrite> writes, Instant at, boolean dryRun) {
        // To the microsecond, as PostgreSQL keeps it, so the events' instants equal what reads show.
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            stage(connection, writes);
            Map<Integer, ObservationWrite> byRow = new HashMap<>();
            writes.forEach(w -> byRow.put(w.row(), w));
            List<ObservationChange> changes = new ArrayList<>();
            Set<Integer> inserted = dryRun ? Set.of() : insert(connection, countryCode, writes, now, changes);
            List<Integer> others = writes.stream().map(ObservationWrite::row).filter(r -> !inserted.contains(r))
                .toList();
            Map<Integer, Existing> existing = existing(connection, countryCode, others,
                others.size() == writes.size(), !dryRun);
            List<Integer> revisions = new ArrayList<>();
            List<Integer> withdrawals = new ArrayList<>();
            List<Integer> notFound = new ArrayList<>();
            int recorded = inserted.size();
            int unchanged = 0;
            for (Integer row : others) {
                ObservationWrite w = byRow.get(row);
                Existing e = existing.get(row);
                if (w.withdraws()) {
                    if (e == null) {
                        notFound.add(row);
                    } else if (e.withdrawn()) {
                        unchanged++;
                    } else {
                        withdrawals.add(row);
                    }
                } else if (e == null) {
                    recorded++; // a dry run: it would be recorded
                } else if (!e.withdrawn() && e.value().equals(w.value())) {
                    unchanged++;
                } else {
                    revisions.add(row);
                }
            }
            if (dryRun || !notFound.isEmpty()) {
                return new Applied(recorded, revisions.size(), unchanged, withdrawals.size(), List.of(), notFound);
            }
            archive(connection, revisions, withdrawals, existing);
            update(connection, REVISE, countryCode, revisions, now, byRow, existing, changes);
            update(connection, WITHDRAW, countryCode, withdrawals, now, byRow, existing, changes);
            return new Applied(recorded, revisions.size(), unchanged, withdrawals.size(), changes, List.of());
        });
    }

    /**
     * The value each staged row's observation had the year before: from the batch itself, or stored (for rows
     * whose previous year the batch does not hold). Call it after {@link #apply}, in its transaction.
     */
    public Map<Integer, BigDecimal> previousYearValues(String countryCode, List<ObservationWrite> writes) {
        Map<ObservationKey, BigDecimal> inBatch = new HashMap<>();
        writes.stream().filter(w -> !w.withdraws()).forEach(w -> inBatch.put(w.key(), w.value().value()));
        Map<Integer, BigDecimal> previous = new HashMap<>();
        boolean lookUp = false;
        for (ObservationWrite w : writes) {
            if (!w.withdraws()) {
                BigDecimal before = inBatch.get(w.key().previousYear());
                if (before != null) {
                    previous.put(w.row(), before);
                } else {
                    lookUp = true; // staged with look_back
                }
            }
        }
        if (lookUp) {
            previous.putAll(em.unwrap(Session.class).doReturningWork(connection -> {
                Map<Integer, BigDecimal> stored = new HashMap<>();
                try (PreparedStatement ps = connection.prepareStatement(PREVIOUS_YEAR)) {
                    ps.setString(1, countryCode);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            stored.put(rs.getInt(1), rs.getBigDecimal(2));
                        }
                    }
                }
                return stored;
            }));
        }
        return previous;
    }

    private static void stage(Connection connection, List<ObservationWrite> writes) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(STAGE);
            st.execute("truncate observation_stage");
        }
        Set<ObservationKey> inBatch = new HashSet<>();
        writes.stream().filter(w -> !w.withdraws()).forEach(w -> inBatch.add(w.key()));
        // Streamed to the server as it is printed: a batch never exists as one big string in the heap.
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
            "copy observation_stage from stdin (format csv)", COPY_BUFFER);
        try (CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(copy,
            StandardCharsets.UTF_8), COPY_BUFFER), CSVFormat.POSTGRESQL_CSV)) {
            for (ObservationWrite w : writes) {
                ObservationKey k = w.key();
                ObservationValue v = w.value();
                boolean lookBack = !w.withdraws() && !inBatch.contains(k.previousYear());
                // Value by value: printRecord(Object...) builds a stream per row.
                printer.print(w.row());
                printer.print(k.cityCode());
                printer.print(k.indicatorCode());
                printer.print(k.seriesCode());
                printer.print(k.year());
                printer.print(k.disaggregation().key());
                printer.print(v == null ? null : v.value().toPlainString());
                printer.print(v == null ? null : v.unit());
                printer.print(v == null ? null : v.nature());
                printer.print(v == null ? null : v.source());
                printer.print(v == null ? null : v.footnote());
                printer.print(v == null ? null : v.status());
                printer.print(v == null ? null : v.agencyCode());
                printer.print(w.withdraws());
                printer.print(lookBack);
                printer.println();
            }
        } catch (IOException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw new UncheckedIOException(e);
        }
    }

    /** Records the rows not stored yet; returns their row numbers. */
    private static Set<Integer> insert(Connection connection, String countryCode, List<ObservationWrite> writes,
                                       Instant now, List<ObservationChange> changes) throws SQLException {
        List<ObservationWrite> candidates = writes.stream().filter(w -> !w.withdraws()).toList();
        if (candidates.isEmpty()) {
            return Set.of();
        }
        int count;
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            ps.setString(1, countryCode);
            ps.setObject(2, at);
            ps.setObject(3, at);
            count = ps.executeUpdate();
        }
        Set<Integer> inserted = new HashSet<>();
        if (count == candidates.size()) {
            candidates.forEach(w -> inserted.add(w.row()));
        } else if (count > 0) {
            try (PreparedStatement ps = connection.prepareStatement(RECORDED_NOW)) {
                ps.setString(1, countryCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getInt(1));
                    }
                }
            }
        }
        for (ObservationWrite w : candidates) {
            if (inserted.contains(w.row())) {
                changes.add(new ObservationChange(ObservationChange.Kind.RECORDED,
                    new ObservationState(w.key(), w.value(), 1, now, now), null));
            }
        }
        return inserted;
    }

    /** The stored state of the given staged rows (all of them when every row is asked for), locked or not. */
    private static Map<Integer, Existing> existing(Connection connection, String countryCode, List<Integer> rows,
                                                   boolean all, boolean lock) throws SQLException {
        Map<Integer, Existing> existing = new HashMap<>();
        if (rows.isEmpty()) {
            return existing;
        }
        String sql = EXISTING.formatted(all ? "observation_stage s" : STAGED) + (lock ? " for update of o" : "");
        if (!all) {
            customPlans(connection, true);
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            if (!all) {
                ps.setArray(i++, intArray(connection, rows));
            }
            ps.setString(i, countryCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getInt(1), new Existing(rs.getLong(2), new ObservationValue(rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)), rs.getBoolean(10)));
                }
            }
        }
        if (!all) {
            customPlans(connection, false);
        }
        return existing;
    }

    /** Moves the current revision of every observation about to change into its history, in one statement. */
    private static void archive(Connection connection, List<Integer> revisions, List<Integer> withdrawals,
                                Map<Integer, Existing> existing) throws SQLException {
        List<Long> ids = new ArrayList<>();
        revisions.forEach(r -> ids.add(existing.get(r).id()));
        withdrawals.forEach(r -> ids.add(existing.get(r).id()));
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(ARCHIVE)) {
            ps.setArray(1, connection.createArrayOf("int8", ids.toArray()));
            ps.executeUpdate();
        }
    }

    /** Revises (REVISE) or withdraws (WITHDRAW) the given stored rows, recording each change for its event. */
    private static void update(Connection connection, String statement, String countryCode, List<Integer> rows,
                               Instant now, Map<Integer, ObservationWrite> byRow, Map<Integer, Existing> existing,
                               List<ObservationChange> changes) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        boolean withdrawal = statement.equals(WITHDRAW);
        Map<ObservationKey, Integer> rowOf = new HashMap<>();
        rows.forEach(r -> rowOf.put(byRow.get(r).key(), r));
        customPlans(connection, true);
        try (PreparedStatement ps = connection.prepareStatement(statement)) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            int i = 1;
            if (withdrawal) {
                ps.setObject(i++, at);
            }
            ps.setObject(i++, at);
            ps.setArray(i++, intArray(connection, rows));
            ps.setString(i, countryCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObservationKey key = key(countryCode, rs, 4);
                    int row = rowOf.get(key);
                    Existing before = existing.get(row);
                    ObservationState state = new ObservationState(key, withdrawal ? null : byRow.get(row).value(),
                        rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant(), now);
                    changes.add(new ObservationChange(withdrawal ? ObservationChange.Kind.WITHDRAWN
                        : ObservationChange.Kind.REVISED, state, before.withdrawn() ? null : before.value().value()));
                }
            }
        }
        customPlans(connection, false);
    }

    /**
     * Row lists travel as int[] parameters joined to the staging table; a cached generic plan cannot know their
     * length, guesses ten rows and loops over the staging table for each, so those statements are planned with
     * the actual values. Only those: the setting reaches every statement of the transaction, the foreign-key
     * check PostgreSQL runs for each inserted row included, which it would plan again row by row (that doubled
     * the cost of a first load's insert).
     */
    private static void customPlans(Connection connection, boolean on) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(on ? "set local plan_cache_mode = force_custom_plan" : "set local plan_cache_mode to default");
        }
    }

    /** The natural key in columns city_code, indicator_code, series_code, year, disaggregation from index from. */
    private static ObservationKey key(String countryCode, ResultSet rs, int from) throws SQLException {
        return new ObservationKey(countryCode, rs.getString(from), rs.getString(from + 1), rs.getString(from + 2),
            rs.getInt(from + 3), Disaggregation.parse(rs.getString(from + 4)));
    }

    private static Array intArray(Connection connection, List<Integer> values) throws SQLException {
        return connection.createArrayOf("int4", values.toArray());
    }
}
