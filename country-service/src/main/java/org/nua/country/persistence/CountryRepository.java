package org.nua.country.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.nua.country.domain.Country;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    public Optional<Country> findByCode(String code) {
        return findByIdOptional(code);
    }

    /** Serialises reference-data synchronisation across instances starting at the same time. */
    public void lockForSynchronisation() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(7299518236041011043)").getSingleResult();
    }

    public List<Country> allByCode() {
        return listAll(Sort.by("code"));
    }
}
