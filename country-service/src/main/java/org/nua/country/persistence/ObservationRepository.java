package org.nua.country.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import org.nua.country.domain.Observation;
import org.nua.country.domain.ObservationKey;

@ApplicationScoped
public class ObservationRepository implements PanacheRepository<Observation> {

    /** The observation with this natural key, locked so concurrent revisions of it serialise. */
    public Optional<Observation> findForUpdate(ObservationKey key) {
        return find("countryCode = :country and indicatorCode = :indicator and seriesCode = :series and year = :year",
            Parameters.with("country", key.countryCode()).and("indicator", key.indicatorCode())
                .and("series", key.seriesCode()).and("year", (short) key.year()))
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .firstResultOptional();
    }

    /** The observation with this natural key, read without a lock. */
    public Optional<Observation> find(ObservationKey key) {
        return find("countryCode = :country and indicatorCode = :indicator and seriesCode = :series and year = :year",
            Parameters.with("country", key.countryCode()).and("indicator", key.indicatorCode())
                .and("series", key.seriesCode()).and("year", (short) key.year()))
            .firstResultOptional();
    }

    public List<Observation> forCountry(String countryCode, String indicatorCode) {
        if (indicatorCode == null) {
            return list("countryCode", Sort.by("indicatorCode").and("seriesCode").and("year"), countryCode);
        }
        return list("countryCode = ?1 and indicatorCode = ?2", Sort.by("seriesCode").and("year"),
            countryCode, indicatorCode);
    }
}
