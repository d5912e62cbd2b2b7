package org.nua.report.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.nua.report.domain.CountryView;
import org.nua.report.domain.IndicatorView;
import org.nua.report.domain.ObservationFact;

/** Reads and writes the read model's tables. */
@ApplicationScoped
public class ReadModelRepository {

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

    /** Keeps the revision in the history, and as the current one unless a later revision is stored already. */
    public void upsert(ObservationFact revision) {
        ObservationFact stored = em.find(ObservationFact.class, revision.key(), LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            em.persist(revision);
        } else {
            stored.apply(revision);
        }
        ObservationFact.Key key = revision.key();
        em.createNativeQuery("insert into observation_history (country_code, indicator_code, series_code, city_code, "
                + "disaggregation, year, revision, value, unit, nature, source, withdrawn, recorded_at) values (:country, "
                + ":indicator, :series, :city, :disaggregation, :year, :revision, :value, :unit, :nature, :source, "
                + ":withdrawn, :recordedAt) on conflict do nothing")
            .unwrap(org.hibernate.query.NativeQuery.class)
            .setParameter("country", key.countryCode()).setParameter("indicator", key.indicatorCode())
            .setParameter("series", key.seriesCode()).setParameter("city", key.cityCode())
            .setParameter("disaggregation", key.disaggregation()).setParameter("year", key.year())
            .setParameter("revision", revision.revision())
            .setParameter("value", revision.value(), org.hibernate.type.StandardBasicTypes.BIG_DECIMAL)
            .setParameter("unit", revision.unit())
            .setParameter("nature", revision.nature(), org.hibernate.type.StandardBasicTypes.STRING)
            .setParameter("source", revision.source(), org.hibernate.type.StandardBasicTypes.STRING)
            .setParameter("withdrawn", revision.withdrawn()).setParameter("recordedAt", revision.recordedAt())
            .executeUpdate();
    }

    /**
     * National totals as they stood at an instant: of each observation, the latest revision recorded by then,
     * unless that revision withdrew it. Any of country, indicator and series may be null for all.
     */
    @SuppressWarnings("unchecked")
    public List<HistoricValue> nationalValuesAsOf(String countryCode, String indicatorCode, String seriesCode,
                                                  java.time.Instant asOf) {
        var query = em.createNativeQuery("select country_code, indicator_code, series_code, year, value, unit, "
                + "nature, source from (select distinct on (country_code, indicator_code, series_code, year) "
                + "country_code, indicator_code, series_code, year, value, unit, nature, source, withdrawn "
                + "from observation_history where city_code = '' and disaggregation = '' and recorded_at <= :asOf "
                + "and (cast(:country as text) is null or country_code = :country) "
                + "and (cast(:indicator as text) is null or indicator_code = :indicator) "
                + "and (cast(:series as text) is null or series_code = :series) "
                + "order by country_code, indicator_code, series_code, year, revision desc) known "
                + "where not withdrawn order by country_code, indicator_code, series_code, year")
            .unwrap(org.hibernate.query.NativeQuery.class)
            .setParameter("asOf", asOf)
            .setParameter("country", countryCode, org.hibernate.type.StandardBasicTypes.STRING)
            .setParameter("indicator", indicatorCode, org.hibernate.type.StandardBasicTypes.STRING)
            .setParameter("series", seriesCode, org.hibernate.type.StandardBasicTypes.STRING);
        return ((List<Object[]>) query.getResultList()).stream()
            .map(r -> new HistoricValue((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                (java.math.BigDecimal) r[4], (String) r[5], (String) r[6], (String) r[7]))
            .toList();
    }

    /** One national value as it stood at an instant. */
    public record HistoricValue(String countryCode, String indicatorCode, String seriesCode, int year,
                                java.math.BigDecimal value, String unit, String nature, String source) {
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
            .map(r -> new ComparedValue((String) r[0], ((Number) r[1]).intValue(), (java.math.BigDecimal) r[2],
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
            .map(r -> new SeriesValue((String) r[0], ((Number) r[1]).intValue(), (java.math.BigDecimal) r[2]))
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
            .map(r -> new TableValue((String) r[0], ((Number) r[1]).intValue(), (java.math.BigDecimal) r[2],
                (String) r[3]))
            .toList();
    }

    public record TableValue(String countryCode, int year, java.math.BigDecimal value, String nature) {
    }

    /**
     * National values that stand, of the breakdown named by the parameter {@code disaggregation} (empty text
     * for totals); a partial index covers exactly these.
     */
    private static final String NATIONAL = "and city_code = '' and disaggregation = :disaggregation and not withdrawn";

    /** The breakdown of national totals: none. */
    private static final String TOTAL = "";


    /** One value of a series. */
    public record SeriesValue(String countryCode, int year, java.math.BigDecimal value) {
    }

    /** One row of a comparison query. */
    public record ComparedValue(String countryCode, int year, java.math.BigDecimal value, String unit, String nature,
                                String source) {
    }
}
