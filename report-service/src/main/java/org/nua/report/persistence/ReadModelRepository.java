package org.nua.report.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import org.nua.report.domain.ComparedValue;
import org.nua.report.domain.CountryView;
import org.nua.report.domain.HistoricValue;
import org.nua.report.domain.IndicatorView;
import org.nua.report.domain.ObservationFact;
import org.nua.report.domain.SeriesValue;
import org.nua.report.domain.TableValue;

/** Reads and writes the read model's tables. */
@ApplicationScoped
public class ReadModelRepository {

    /** Rows a streamed read holds at once. */
    private static final int STREAM_FETCH_SIZE = 1000;

    private final EntityManager em;

    ReadModelRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<IndicatorView> indicator(String code) {
        return Optional.ofNullable(em.find(IndicatorView.class, code));
    }

    public List<CountryView> countries() {
        return em.createQuery("from CountryView order by code", CountryView.class).getResultList();
    }

    /** Inserts the snapshot, or applies it to the stored one (which ignores it unless it is newer). */
    public void upsert(IndicatorView snapshot) {
        IndicatorView stored = em.find(IndicatorView.class, snapshot.code(), LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            em.persist(snapshot);
        } else {
            stored.apply(snapshot);
        }
    }

    public void upsert(CountryView snapshot) {
        CountryView stored = em.find(CountryView.class, snapshot.code(), LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            em.persist(snapshot);
        } else {
            stored.apply(snapshot);
        }
    }

    /**
     * Applies the revisions one event carries (up to a thousand) in two statements: each becomes the current one
     * unless a later revision is stored already (a redelivered or late event changes nothing), and every one is
     * kept in the history. A withdrawal keeps the unit, nature and source of what it withdrew.
     */
    public void apply(List<ObservationFact> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        // One statement may touch a key once: of repeats within the event, the latest revision stands.
        Map<ObservationFact.Key, ObservationFact> latest = new LinkedHashMap<>();
        revisions.forEach(r -> latest.merge(r.key(), r, (a, b) -> b.revision() > a.revision() ? b : a));
        List<ObservationFact> current = List.copyOf(latest.values());
        em.unwrap(Session.class).doWork(connection -> {
            try (var facts = connection.prepareStatement(UPSERT_CURRENT);
                 var history = connection.prepareStatement(INSERT_HISTORY)) {
                bindColumns(connection, facts, current);
                facts.executeUpdate();
                bindColumns(connection, history, revisions);
                history.executeUpdate();
            }
        });
    }

    private static final String COLUMNS = "country_code, indicator_code, series_code, city_code, disaggregation, "
        + "year, revision, value, unit, nature, source, withdrawn, recorded_at";
    private static final String UNNEST = " select * from unnest(?::varchar[], ?::text[], ?::text[], ?::text[], "
        + "?::text[], ?::smallint[], ?::integer[], ?::numeric[], ?::text[], ?::text[], ?::text[], ?::boolean[], "
        + "?::timestamptz[])";
    private static final String UPSERT_CURRENT = "insert into observation_fact (" + COLUMNS + ")" + UNNEST
        + " on conflict (country_code, indicator_code, series_code, city_code, disaggregation, year) do update set "
        + "revision = excluded.revision, value = excluded.value, withdrawn = excluded.withdrawn, "
        + "recorded_at = excluded.recorded_at, "
        + "unit = case when excluded.withdrawn then observation_fact.unit else excluded.unit end, "
        + "nature = case when excluded.withdrawn then observation_fact.nature else excluded.nature end, "
        + "source = case when excluded.withdrawn then observation_fact.source else excluded.source end "
        + "where observation_fact.revision < excluded.revision";
    private static final String INSERT_HISTORY = "insert into observation_history (" + COLUMNS + ")" + UNNEST
        + " on conflict do nothing";

    private static void bindColumns(Connection connection, PreparedStatement statement,
                                    List<ObservationFact> rows) throws SQLException {
        int n = rows.size();
        Object[][] columns = new Object[13][n];
        for (int i = 0; i < n; i++) {
            ObservationFact r = rows.get(i);
            ObservationFact.Key k = r.key();
            Object[] row = {k.countryCode(), k.indicatorCode(), k.seriesCode(), k.cityCode(), k.disaggregation(),
                k.year(), r.revision(), r.value(), r.unit(), r.nature(), r.source(), r.withdrawn(),
                Timestamp.from(r.recordedAt())};
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
        }
        String[] types = {"varchar", "text", "text", "text", "text", "int2", "int4", "numeric", "text", "text",
            "text", "bool", "timestamptz"};
        for (int c = 0; c < types.length; c++) {
            statement.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
        }
    }

    /**
     * National totals as they stood at an instant: of each observation, the latest revision recorded by then,
     * unless that revision withdrew it. Any of country, indicator, series and goal may be null for all.
     *
     * <p>They come ordered by country, indicator, series and year, through a cursor, so a caller holds one series
     * at a time however many there are. Close the stream; it needs the caller's transaction.
     *
     * @param goal only indicators of this SDG goal, when not null
     */
    public Stream<HistoricValue> nationalValuesAsOf(String countryCode, String indicatorCode, String seriesCode,
                                                    String goal, Instant asOf) {
        Stream<?> rows = em.createNativeQuery("select country_code, indicator_code, series_code, year, value, unit, "
                + "nature, source from (select distinct on (country_code, indicator_code, series_code, year) "
                + "country_code, indicator_code, series_code, year, value, unit, nature, source, withdrawn "
                + "from observation_history where city_code = '' and disaggregation = '' and recorded_at <= :asOf "
                + "and (cast(:country as text) is null or country_code = :country) "
                + "and (cast(:indicator as text) is null or indicator_code = :indicator) "
                + "and (cast(:series as text) is null or series_code = :series) "
                + "and (cast(:goal as text) is null or indicator_code in "
                + "(select code from indicator_view where framework = 'SDG' and goal = :goal)) "
                + "order by country_code, indicator_code, series_code, year, revision desc) known "
                + "where not withdrawn order by country_code, indicator_code, series_code, year")
            .unwrap(NativeQuery.class)
            .setParameter("asOf", asOf)
            .setParameter("country", countryCode, StandardBasicTypes.STRING)
            .setParameter("indicator", indicatorCode, StandardBasicTypes.STRING)
            .setParameter("series", seriesCode, StandardBasicTypes.STRING)
            .setParameter("goal", goal, StandardBasicTypes.STRING)
            .setFetchSize(STREAM_FETCH_SIZE)
            .setReadOnly(true)
            .getResultStream();
        return rows.map(Object[].class::cast)
            .map(r -> new HistoricValue((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                (BigDecimal) r[4], (String) r[5], (String) r[6], (String) r[7]));
    }

    /** The indicators of one goal of a framework (SDG goal 11), by code. */
    public List<IndicatorView> indicatorsOfGoal(String framework, String goal) {
        return em.createQuery("from IndicatorView where framework = :framework and goal = :goal order by code",
                IndicatorView.class)
            .setParameter("framework", framework).setParameter("goal", goal).getResultList();
    }

    /** The series codes the indicator has national totals for. */
    public List<String> seriesOf(String indicatorCode) {
        return em.createQuery("select distinct f.key.seriesCode from ObservationFact f "
                + "where f.key.indicatorCode = :indicator and f.key.cityCode = '' and f.key.disaggregation = '' "
                + "and f.withdrawn = false order by 1", String.class)
            .setParameter("indicator", indicatorCode)
            .getResultList();
    }

    /**
     * One value per country: of the given year, or, when year is null, of each country's latest year.
     * Served by the observation_fact_comparison index.
     *
     * @param disaggregation the canonical breakdown ({@code LOCATION=URBAN}), or empty for national totals
     */
    @SuppressWarnings("unchecked")
    public List<ComparedValue> compare(String indicatorCode, String seriesCode, Integer year, String disaggregation) {
        String sql = year == null
            ? "select distinct on (country_code) country_code, year, value, unit, nature, source "
                + "from observation_fact where indicator_code = :indicator and series_code = :series " + NATIONAL
                + " order by country_code, year desc"
            : "select country_code, year, value, unit, nature, source from observation_fact "
                + "where indicator_code = :indicator and series_code = :series and year = :year " + NATIONAL;
        var query = em.createNativeQuery(sql).setParameter("indicator", indicatorCode)
            .setParameter("series", seriesCode).setParameter("disaggregation", disaggregation);
        if (year != null) {
            query.setParameter("year", year.shortValue());
        }
        return ((List<Object[]>) query.getResultList()).stream()
            .map(r -> new ComparedValue((String) r[0], ((Number) r[1]).intValue(), (BigDecimal) r[2],
                (String) r[3], (String) r[4], (String) r[5]))
            .toList();
    }

    /** Every value of one series, by country then year; of one country when countryCode is not null. */
    @SuppressWarnings("unchecked")
    public List<SeriesValue> seriesValues(String indicatorCode, String seriesCode, String countryCode) {
        var query = em.createNativeQuery("select country_code, year, value from observation_fact "
                + "where indicator_code = :indicator and series_code = :series "
                + "and (cast(:country as text) is null or country_code = :country) " + NATIONAL
                + " order by country_code, year")
            .setParameter("indicator", indicatorCode).setParameter("series", seriesCode)
            .setParameter("country", countryCode).setParameter("disaggregation", TOTAL);
        return ((List<Object[]>) query.getResultList()).stream()
            .map(r -> new SeriesValue((String) r[0], ((Number) r[1]).intValue(), (BigDecimal) r[2]))
            .toList();
    }

    /** A series' national values in a range of years, by country then year, with their nature. */
    @SuppressWarnings("unchecked")
    public List<TableValue> tableValues(String indicatorCode, String seriesCode, int from, int to,
                                        String disaggregation) {
        var query = em.createNativeQuery("select country_code, year, value, nature from observation_fact "
                + "where indicator_code = :indicator and series_code = :series and year between :from and :to "
                + NATIONAL + " order by country_code, year")
            .setParameter("indicator", indicatorCode).setParameter("series", seriesCode)
            .setParameter("from", (short) from).setParameter("to", (short) to)
            .setParameter("disaggregation", disaggregation);
        return ((List<Object[]>) query.getResultList()).stream()
            .map(r -> new TableValue((String) r[0], ((Number) r[1]).intValue(), (BigDecimal) r[2],
                (String) r[3]))
            .toList();
    }

    /**
     * National values that stand, of the breakdown named by the parameter {@code disaggregation} (empty text
     * for totals); a partial index covers exactly these.
     */
    private static final String NATIONAL = "and city_code = '' and disaggregation = :disaggregation and not withdrawn";

    /** The breakdown of national totals: none. */
    private static final String TOTAL = "";
}
