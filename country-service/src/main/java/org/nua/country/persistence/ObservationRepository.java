package org.nua.country.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.nua.country.domain.Disaggregation;
import org.nua.country.domain.ObservationFilter;
import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationState;
import org.nua.country.domain.ObservationValue;

/** Reads observations: current, as of a past instant, latest per series, and the history of one. */
@ApplicationScoped
public class ObservationRepository {

    private static final String COLUMNS = "o.country_code, o.city_code, o.indicator_code, o.series_code, o.year, "
        + "o.disaggregation, r.value, r.unit, r.nature, r.source, r.footnote, r.status, r.agency_code, r.revision, "
        + "o.created_at, r.recorded_at, r.withdrawn";
    private static final String ORDER = " order by o.indicator_code, o.series_code, o.city_code, o.disaggregation, "
        + "o.year";

    private final EntityManager em;

    ObservationRepository(EntityManager em) {
        this.em = em;
    }

    /** The current state of one observation, withdrawn or not. */
    public Optional<ObservationState> find(ObservationKey key) {
        Query q = em.createNativeQuery("select " + COLUMNS + " from observation o" + CURRENT + KEY);
        bindKey(q, key);
        return states(q).stream().findFirst();
    }

    /** One page of every observation's current state, withdrawn ones included, in id order after {@code afterId}. */
    public IdPage currentAfter(long afterId, int limit) {
        Query q = em.createNativeQuery("select " + COLUMNS + ", o.id from observation o" + CURRENT
            + " where o.id > ?1 order by o.id limit ?2").setParameter(1, afterId).setParameter(2, limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        long lastId = rows.isEmpty() ? afterId : ((Number) rows.get(rows.size() - 1)[17]).longValue();
        return new IdPage(states(rows), lastId);
    }

    /** A page read in id order, and the last id on it, where the next page starts. */
    public record IdPage(List<ObservationState> items, long lastId) {
    }

    /** Every revision of one observation, oldest first: the superseded ones, then the current one. */
    public List<ObservationState> history(ObservationKey key) {
        Query q = em.createNativeQuery("select " + COLUMNS + " from observation o cross join lateral ("
            + "select h.value, h.unit, h.nature, h.source, h.footnote, h.status, h.agency_code, h.revision, "
            + "h.recorded_at, h.withdrawn from observation_revision h where h.observation_id = o.id "
            + "union all " + CURRENT_ROW + ") r" + KEY + " order by r.revision");
        bindKey(q, key);
        return states(q);
    }

    /** The observation row is its current revision; withdrawn, it keeps its last value but reads as withdrawn. */
    private static final String CURRENT_ROW = "select o.value, o.unit, o.nature, o.source, o.footnote, o.status, "
        + "o.agency_code, o.revision, o.updated_at as recorded_at, o.withdrawn_at is not null as withdrawn";
    private static final String CURRENT = " cross join lateral (" + CURRENT_ROW + ") r";
    private static final String KEY = " where o.country_code = ?1 and o.city_code = ?2 and o.indicator_code = ?3 "
        + "and o.series_code = ?4 and o.year = ?5 and o.disaggregation = ?6";

    /**
     * One page of the observations that match, as they stand now or (with asOf) as they stood then; withdrawn
     * ones are left out.
     */
    public List<ObservationState> page(ObservationFilter filter, int offset, int limit) {
        Query q = em.createNativeQuery("select " + COLUMNS + from(filter) + ORDER + " offset :offset limit :limit");
        bindFilter(q, filter);
        q.setParameter("offset", offset).setParameter("limit", limit);
        return states(q);
    }

    public long count(ObservationFilter filter) {
        Query q = em.createNativeQuery("select count(*)" + from(filter));
        bindFilter(q, filter);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** For each series, city and breakdown that matches, its most recent year's observation. */
    public List<ObservationState> latest(ObservationFilter filter) {
        Query q = em.createNativeQuery("select distinct on (o.indicator_code, o.series_code, o.city_code, "
            + "o.disaggregation) " + COLUMNS + from(filter) + " order by o.indicator_code, o.series_code, "
            + "o.city_code, o.disaggregation, o.year desc");
        bindFilter(q, filter);
        return states(q);
    }

    /**
     * Current revisions, or (asOf) the newest revision recorded by then: the current one if it is that old,
     * else the newest superseded one; withdrawn ones never match.
     */
    private static String from(ObservationFilter filter) {
        String revision = filter.asOf() == null ? CURRENT
            : " join lateral (select * from (" + CURRENT_ROW + " where o.updated_at <= :asOf) c union all "
                + "(select h.value, h.unit, h.nature, h.source, h.footnote, h.status, h.agency_code, h.revision, "
                + "h.recorded_at, h.withdrawn from observation_revision h where h.observation_id = o.id and "
                + "h.recorded_at <= :asOf order by h.revision desc limit 1) order by revision desc limit 1) r on true";
        return " from observation o" + revision + " where o.country_code = :country"
            + " and (cast(:indicator as text) is null or o.indicator_code = :indicator)"
            + " and (cast(:series as text) is null or o.series_code = :series)"
            + " and (cast(:city as text) is null or o.city_code = :city)"
            + " and (cast(:breakdown as text) is null or o.disaggregation = :breakdown)"
            + " and o.year between :fromYear and :toYear and not r.withdrawn";
    }

    private static void bindFilter(Query q, ObservationFilter f) {
        q.setParameter("country", f.countryCode()).setParameter("indicator", f.indicatorCode())
            .setParameter("series", f.seriesCode()).setParameter("city", f.cityCode())
            .setParameter("breakdown", f.disaggregation() == null ? null : f.disaggregation().key())
            .setParameter("fromYear", f.fromYear() == null ? 0 : f.fromYear())
            .setParameter("toYear", f.toYear() == null ? Short.MAX_VALUE : f.toYear());
        if (f.asOf() != null) {
            q.setParameter("asOf", f.asOf().atOffset(ZoneOffset.UTC));
        }
    }

    private static void bindKey(Query q, ObservationKey key) {
        q.setParameter(1, key.countryCode()).setParameter(2, key.cityCode()).setParameter(3, key.indicatorCode())
            .setParameter(4, key.seriesCode()).setParameter(5, (short) key.year())
            .setParameter(6, key.disaggregation().key());
    }

    @SuppressWarnings("unchecked")
    private static List<ObservationState> states(Query query) {
        return states((List<Object[]>) query.getResultList());
    }

    private static List<ObservationState> states(List<Object[]> rows) {
        List<ObservationState> states = new ArrayList<>();
        for (Object[] r : rows) {
            ObservationKey key = new ObservationKey((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), Disaggregation.parse((String) r[5]));
            boolean withdrawn = (Boolean) r[16];
            ObservationValue value = withdrawn ? null : new ObservationValue((BigDecimal) r[6], (String) r[7],
                (String) r[8], (String) r[9], (String) r[10], (String) r[11], (String) r[12]);
            states.add(new ObservationState(key, value, ((Number) r[13]).intValue(), instant(r[14]),
                instant(r[15])));
        }
        return states;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
