package org.nua.gateway.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.nua.gateway.domain.ApiKey;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {

    public Optional<ApiKey> findForUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every key, or a country's, newest first. */
    public List<ApiKey> list(String countryCode) {
        Sort newestFirst = Sort.descending("createdAt").and("id");
        return countryCode == null ? listAll(newestFirst) : list("countryCode", newestFirst, countryCode);
    }
}
