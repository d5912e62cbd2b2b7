package org.nua.country.persistence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.nua.country.domain.Country;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    private static final Pattern ISO_ALPHA3 = Pattern.compile("[A-Z]{3}");

    /** The country with this ISO alpha-3 code; anything that is not such a code finds nothing, unqueried. */
    public Optional<Country> find(String code) {
        return code != null && ISO_ALPHA3.matcher(code).matches() ? findByIdOptional(code) : Optional.empty();
    }

    /** Serialises reference-data synchronisation across instances starting at the same time. */
    public void lockForSynchronisation() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(7299518236041011043)").getSingleResult();
    }

    public List<Country> allByCode() {
        return listAll(Sort.by("code"));
    }
}
