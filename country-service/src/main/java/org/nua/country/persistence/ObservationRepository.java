package org.nua.country.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import org.nua.country.domain.Observation;
import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationRevision;
import org.nua.country.domain.ObservationState;
import org.nua.country.domain.ObservationValue;

@ApplicationScoped
public class ObservationRepository implements PanacheRepository<Observation> {

    /** The observation with this natural key, locked so concurrent revisions of it serialise. */
    public Optional<Observation> findForUpdate(ObservationKey key) {
        return byKey(key).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The observation with this natural key, read without a lock. */
    public Optional<Observation> find(ObservationKey key) {
        return byKey(key).firstResultOptional();
    }

    private PanacheQuery<Observation> byKey(ObservationKey key) {
        return find("countryCode = :country and indicatorCode = :indicator and seriesCode = :series and year = :year",
            Parameters.with("country", key.countryCode()).and("indicator", key.indicatorCode())
                .and("series", key.seriesCode()).and("year", (short) key.year()));
    }

    /** Adds a revision to an observation's history, in the current transaction. */
    public void keep(ObservationRevision revision) {
        getEntityManager().persist(revision);
    }

    /** For each of the country's observations, the revision current at the instant; none recorded by then, none. */
    public List<ObservationState> asOf(String countryCode, String indicatorCode, Instant asOf) {
        return states(getEntityManager().createNativeQuery(STATE + " join lateral (select * from observation_revision"
                + " x where x.observation_id = o.id and x.recorded_at <= ?3 order by x.revision desc limit 1) r on true"
                + " where o.country_code = ?1 and (cast(?2 as text) is null or o.indicator_code = ?2)"
                + " order by o.indicator_code, o.series_code, o.year")
            .setParameter(1, countryCode).setParameter(2, indicatorCode).setParameter(3, asOf));
    }

    /** Every revision of one observation, oldest first. */
    public List<ObservationState> history(ObservationKey key) {
        return states(getEntityManager().createNativeQuery(STATE + " join observation_revision r"
                + " on r.observation_id = o.id where o.country_code = ?1 and o.indicator_code = ?2"
                + " and o.series_code = ?3 and o.year = ?4 order by r.revision")
            .setParameter(1, key.countryCode()).setParameter(2, key.indicatorCode())
            .setParameter(3, key.seriesCode()).setParameter(4, (short) key.year()));
    }

    private static final String STATE = "select o.country_code, o.indicator_code, o.series_code, o.year, r.value, "
        + "r.unit, r.nature, r.source, r.revision, o.created_at, r.recorded_at from observation o";

    @SuppressWarnings("unchecked")
    private static List<ObservationState> states(jakarta.persistence.Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new ObservationState(
            new ObservationKey((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue()),
            new ObservationValue((java.math.BigDecimal) r[4], (String) r[5], (String) r[6], (String) r[7]),
            ((Number) r[8]).intValue(), instant(r[9]), instant(r[10]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    public List<Observation> forCountry(String countryCode, String indicatorCode) {
        if (indicatorCode == null) {
            return list("countryCode", Sort.by("indicatorCode").and("seriesCode").and("year"), countryCode);
        }
        return list("countryCode = ?1 and indicatorCode = ?2", Sort.by("seriesCode").and("year"),
            countryCode, indicatorCode);
    }
}
