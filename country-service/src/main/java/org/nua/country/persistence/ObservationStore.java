package org.nua.country.persistence;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.postgresql.PGConnection;

import org.nua.country.domain.Disaggregation;
import org.nua.country.domain.ObservationChange;
import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationState;
import org.nua.country.domain.ObservationValue;
import org.nua.country.domain.ObservationWrite;

/**
 * Writes observations set-based, the way bulk loads into PostgreSQL are fast: the batch is COPYed into a
 * temporary staging table, the existing rows are locked and read in one query, and one upsert (with its
 * revision rows in the same statement) writes everything that changed. A 10,000-row batch is a handful of
 * round trips, whatever its size.
 */
@ApplicationScoped
public class ObservationStore {

    /** What a batch did: counts, each change (for its event), and withdrawals that found nothing. */
    public record Applied(int recorded, int revised, int unchanged, int withdrawn, List<ObservationChange> changes,
                          List<Integer> notFoundRows) {
    }

    /** A value more than the jump factor away from the same observation's previous year. */
    public record Jump(int row, BigDecimal value, BigDecimal previous) {
    }

    /** The stored state of an observation a batch row refers to. */
    private record Existing(long id, ObservationValue value, boolean withdrawn) {
    }

    private static final String STAGE = """
        create temp table if not exists observation_stage (
            row_no int not null, city_code text not null, indicator_code text not null, series_code text not null,
            year smallint not null, disaggregation text not null, value numeric,
            unit text, nature text, source text, footnote text, status text, agency_code text,
            withdraw boolean not null) on commit drop""";

    private static final String KEY_MATCH = "o.country_code = ? and o.indicator_code = s.indicator_code "
        + "and o.series_code = s.series_code and o.city_code = s.city_code and o.disaggregation = s.disaggregation";

    private static final String EXISTING = "select s.row_no, o.id, o.value, o.unit, o.nature, o.source, o.footnote, "
        + "o.status, o.agency_code, o.withdrawn_at is not null from observation_stage s join observation o on "
        + KEY_MATCH + " and o.year = s.year order by o.id";

    /** Before a revision or withdrawal: the current revisions of these observations join their history. */
    private static final String ARCHIVE = """
        insert into observation_revision (observation_id, revision, value, unit, nature, source, footnote, status,
            agency_code, withdrawn, recorded_at)
        select o.id, o.revision, o.value, o.unit, o.nature, o.source, o.footnote, o.status, o.agency_code,
            o.withdrawn_at is not null, o.updated_at
        from observation o join unnest(?::bigint[]) x(id) using (id)""";

    /**
     * Observations not stored yet. A key another transaction inserted meanwhile is left alone here
     * ({@code do nothing}) and revised like any stored one, so its revision joins the history too.
     */
    private static final String INSERT = """
        insert into observation (country_code, city_code, indicator_code, series_code, year, disaggregation,
            value, unit, nature, source, footnote, status, agency_code, revision, created_at, updated_at)
        select ?, s.city_code, s.indicator_code, s.series_code, s.year, s.disaggregation, s.value, s.unit,
            s.nature, s.source, s.footnote, s.status, s.agency_code, 1, ?, ?
        from observation_stage s join unnest(?::int[]) r(row_no) using (row_no)
        on conflict on constraint observation_natural_key do nothing
        returning id, revision, created_at, city_code, indicator_code, series_code, year, disaggregation""";

    /** Stored observations (locked, their current revision archived) take their new revision. */
    private static final String REVISE = """
        update observation o set value = s.value, unit = s.unit, nature = s.nature, source = s.source,
            footnote = s.footnote, status = s.status, agency_code = s.agency_code, revision = o.revision + 1,
            updated_at = ?, withdrawn_at = null
        from observation_stage s join unnest(?::int[]) r(row_no) using (row_no)
        where %s and o.year = s.year
        returning o.id, o.revision, o.created_at, o.city_code, o.indicator_code, o.series_code, o.year,
            o.disaggregation""".formatted(KEY_MATCH);

    /** A withdrawn observation keeps its last value in the row, for the history; withdrawn_at says it is gone. */
    private static final String WITHDRAW = """
        update observation o set withdrawn_at = ?, updated_at = ?, revision = o.revision + 1
        from observation_stage s join unnest(?::int[]) r(row_no) using (row_no)
        where %s and o.year = s.year and o.withdrawn_at is null
        returning o.id, o.revision, o.created_at, o.city_code, o.indicator_code, o.series_code, o.year,
            o.disaggregation""".formatted(KEY_MATCH);

    private static final String JUMPS = """
        select s.row_no, s.value, coalesce(p.value, o.value) as previous
        from observation_stage s
        left join observation_stage p on p.indicator_code = s.indicator_code and p.series_code = s.series_code
            and p.city_code = s.city_code and p.disaggregation = s.disaggregation and p.year = s.year - 1
            and not p.withdraw
        left join observation o on %s and o.year = s.year - 1 and o.withdrawn_at is null
        where not s.withdraw and s.value <> 0 and coalesce(p.value, o.value) <> 0
          and (abs(s.value) > abs(coalesce(p.value, o.value)) * ?
               or abs(coalesce(p.value, o.value)) > abs(s.value) * ?)
        order by s.row_no""".formatted(KEY_MATCH);

    private final EntityManager em;

    ObservationStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Applies validated writes for one country in the current transaction, or (in a dry run) works out what
     * they would do. Rows that exist are locked first, so concurrent batches touching them serialise and the
     * previous values reported are exact.
     */
    public Applied apply(String countryCode, List<ObservationWrite> writes, Instant now, boolean dryRun) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            stage(connection, writes);
            Map<Integer, Existing> existing = existing(connection, countryCode, !dryRun);
            List<Integer> upserts = new ArrayList<>();
            List<Integer> withdrawals = new ArrayList<>();
            List<Integer> notFound = new ArrayList<>();
            int unchanged = 0;
            for (ObservationWrite w : writes) {
                Existing e = existing.get(w.row());
                if (w.withdraws()) {
                    if (e == null) {
                        notFound.add(w.row());
                    } else if (e.withdrawn()) {
                        unchanged++;
                    } else {
                        withdrawals.add(w.row());
                    }
                } else if (e != null && !e.withdrawn() && sameValue(e.value(), w.value())) {
                    unchanged++;
                } else {
                    upserts.add(w.row());
                }
            }
            if (dryRun || !notFound.isEmpty()) {
                int recorded = (int) upserts.stream().filter(r -> !existing.containsKey(r)).count();
                return new Applied(recorded, upserts.size() - recorded, unchanged, withdrawals.size(), List.of(),
                    notFound);
            }
            Map<ObservationKey, ObservationWrite> byKey = new HashMap<>();
            writes.forEach(w -> byKey.put(w.key(), w));
            List<ObservationChange> changes = new ArrayList<>(upserts.size() + withdrawals.size());
            archive(connection, upserts, withdrawals, existing);
            int recorded = upsert(connection, countryCode, upserts, now, byKey, existing, changes);
            withdraw(connection, countryCode, withdrawals, now, byKey, existing, changes);
            int revised = (int) changes.stream().filter(c -> c.kind() == ObservationChange.Kind.REVISED).count();
            return new Applied(recorded, revised, upserts.size() - recorded - revised + unchanged,
                withdrawals.size(), changes, List.of());
        });
    }

    /** Values of staged rows that jump more than the factor from the previous year's (staged or stored). */
    public List<Jump> jumps(String countryCode, BigDecimal factor) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(JUMPS)) {
                ps.setString(1, countryCode);
                ps.setBigDecimal(2, factor);
                ps.setBigDecimal(3, factor);
                List<Jump> jumps = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        jumps.add(new Jump(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3)));
                    }
                }
                return jumps;
            }
        });
    }

    private static boolean sameValue(ObservationValue stored, ObservationValue submitted) {
        return stored.value().compareTo(submitted.value()) == 0 && stored.unit().equals(submitted.unit())
            && Objects.equals(stored.nature(), submitted.nature()) && Objects.equals(stored.source(), submitted.source())
            && Objects.equals(stored.footnote(), submitted.footnote())
            && Objects.equals(stored.status(), submitted.status())
            && Objects.equals(stored.agencyCode(), submitted.agencyCode());
    }

    private void stage(Connection connection, List<ObservationWrite> writes) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(STAGE);
            st.execute("truncate observation_stage");
        }
        StringWriter csv = new StringWriter(writes.size() * 120);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (ObservationWrite w : writes) {
                ObservationKey k = w.key();
                ObservationValue v = w.value();
                printer.printRecord(w.row(), k.cityCode(), k.indicatorCode(), k.seriesCode(), k.year(),
                    k.disaggregation().key(), v == null ? null : v.value().toPlainString(), v == null ? null : v.unit(),
                    v == null ? null : v.nature(), v == null ? null : v.source(), v == null ? null : v.footnote(),
                    v == null ? null : v.status(), v == null ? null : v.agencyCode(), w.withdraws());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy observation_stage from stdin "
                + "(format csv)", new java.io.StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, Existing> existing(Connection connection, String countryCode, boolean lock)
        throws SQLException {
        Map<Integer, Existing> existing = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(EXISTING + (lock ? " for update of o" : ""))) {
            ps.setString(1, countryCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getInt(1), new Existing(rs.getLong(2), new ObservationValue(rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)), rs.getBoolean(10)));
                }
            }
        }
        return existing;
    }

    /** Moves the current revision of every observation about to change into its history, in one statement. */
    private static void archive(Connection connection, List<Integer> upserts, List<Integer> withdrawals,
                                Map<Integer, Existing> existing) throws SQLException {
        List<Long> ids = new ArrayList<>();
        upserts.stream().map(existing::get).filter(Objects::nonNull).forEach(e -> ids.add(e.id()));
        withdrawals.stream().map(existing::get).forEach(e -> ids.add(e.id()));
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(ARCHIVE)) {
            ps.setArray(1, connection.createArrayOf("int8", ids.toArray()));
            ps.executeUpdate();
        }
    }

    /**
     * Records the new observations and revises the stored ones; returns how many were recorded. A new key that
     * a concurrent batch inserted first is then locked, archived and revised (or found unchanged) like the rest.
     */
    private static int upsert(Connection connection, String countryCode, List<Integer> rows, Instant now,
                              Map<ObservationKey, ObservationWrite> byKey, Map<Integer, Existing> existing,
                              List<ObservationChange> changes) throws SQLException {
        List<Integer> fresh = rows.stream().filter(r -> !existing.containsKey(r)).toList();
        List<Integer> revise = new ArrayList<>(rows.stream().filter(existing::containsKey).toList());
        Set<Integer> inserted = new HashSet<>();
        if (!fresh.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
                ps.setString(1, countryCode);
                ps.setObject(2, at);
                ps.setObject(3, at);
                ps.setArray(4, intArray(connection, fresh));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObservationKey key = key(countryCode, rs, 4);
                        ObservationWrite write = byKey.get(key);
                        inserted.add(write.row());
                        changes.add(new ObservationChange(ObservationChange.Kind.RECORDED, new ObservationState(key,
                            write.value(), rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant(), now),
                            null));
                    }
                }
            }
        }
        if (inserted.size() < fresh.size()) {
            // Inserted by a transaction that committed meanwhile: lock and read them as stored observations.
            Map<Integer, Existing> raced = existing(connection, countryCode, true);
            Map<Integer, ObservationWrite> byRow = new HashMap<>();
            byKey.values().forEach(w -> byRow.put(w.row(), w));
            List<Integer> archived = new ArrayList<>();
            for (Integer row : fresh) {
                Existing e = raced.get(row);
                if (!inserted.contains(row) && e != null) {
                    existing.put(row, e);
                    if (e.withdrawn() || !sameValue(e.value(), byRow.get(row).value())) {
                        revise.add(row);
                        archived.add(row);
                    }
                }
            }
            archive(connection, archived, List.of(), existing);
        }
        if (!revise.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(REVISE)) {
                ps.setObject(1, now.atOffset(ZoneOffset.UTC));
                ps.setArray(2, intArray(connection, revise));
                ps.setString(3, countryCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObservationKey key = key(countryCode, rs, 4);
                        ObservationWrite write = byKey.get(key);
                        Existing before = existing.get(write.row());
                        changes.add(new ObservationChange(ObservationChange.Kind.REVISED, new ObservationState(key,
                            write.value(), rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant(), now),
                            before.withdrawn() ? null : before.value().value()));
                    }
                }
            }
        }
        return inserted.size();
    }

    private static void withdraw(Connection connection, String countryCode, List<Integer> rows, Instant now,
                                 Map<ObservationKey, ObservationWrite> byKey, Map<Integer, Existing> existing,
                                 List<ObservationChange> changes) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(WITHDRAW)) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            ps.setObject(1, at);
            ps.setObject(2, at);
            ps.setArray(3, intArray(connection, rows));
            ps.setString(4, countryCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObservationKey key = key(countryCode, rs, 4);
                    Existing before = existing.get(byKey.get(key).row());
                    changes.add(new ObservationChange(ObservationChange.Kind.WITHDRAWN, new ObservationState(key,
                        null, rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant(), now),
                        before.value().value()));
                }
            }
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
