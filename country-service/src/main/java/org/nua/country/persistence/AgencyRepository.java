package org.nua.country.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.nua.country.domain.Agency;
import org.nua.country.domain.UnknownAgencyException;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, Agency.Key> {

    public Optional<Agency> find(String countryCode, String code) {
        return findByIdOptional(new Agency.Key(countryCode, code));
    }

    public List<Agency> ofCountry(String countryCode) {
        return list("key.countryCode = ?1 order by key.code", countryCode);
    }

    /** Passes when no agency is named or the named one is the country's; refuses with 422 otherwise. */
    public void require(String countryCode, String code) {
        if (code != null && find(countryCode, code).isEmpty()) {
            throw new UnknownAgencyException(countryCode, code);
        }
    }
}
