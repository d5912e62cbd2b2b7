package org.nua.country.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.nua.country.domain.IndicatorReplica;

@ApplicationScoped
public class IndicatorReplicaRepository implements PanacheRepositoryBase<IndicatorReplica, String> {

    public Optional<IndicatorReplica> findByCode(String code) {
        return findByIdOptional(code);
    }

    /** Codes of the indicators whose catalogue entry lists this series, ordered by code. */
    @SuppressWarnings("unchecked")
    public List<String> indicatorsOfSeries(String seriesCode) {
        return getEntityManager()
            .createNativeQuery("select code from indicator_replica where jsonb_exists(series_units, ?1) order by code")
            .setParameter(1, seriesCode).getResultList();
    }

    /** The replica row locked for update, so two deliveries of the same indicator apply one after the other. */
    public Optional<IndicatorReplica> findForUpdate(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }
}
