package org.nua.indicator.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.nua.indicator.domain.Indicator;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {

    public Optional<Indicator> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<Indicator> pageOrderedByCode(int page, int size) {
        return findAll(Sort.by("code")).page(Page.of(page, size)).list();
    }
}
