package org.nua.indicator.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.nua.indicator.domain.IndicatorVersion;

@ApplicationScoped
public class IndicatorVersionRepository implements PanacheRepositoryBase<IndicatorVersion, IndicatorVersion.Key> {

    public List<IndicatorVersion> of(String code) {
        return list("key.code = ?1 order by key.version", code);
    }
}
