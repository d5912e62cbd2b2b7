package org.nua.indicator.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import org.nua.indicator.domain.Indicator;
import org.nua.indicator.domain.IndicatorQuery;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {

    /** Every filter is optional: a null parameter matches everything. */
    private static final String WHERE = " from indicator i"
        + " where (cast(:framework as text) is null or i.framework_code = :framework)"
        + " and (cast(:goal as text) is null or i.goal_code = :goal)"
        + " and (cast(:target as text) is null or i.target_code = :target)"
        + " and (cast(:priority as text) is null or jsonb_exists(i.priorities, cast(:priority as text)))"
        + " and (cast(:status as text) is null or i.status = :status)";

    /** Every indicator, whatever its status, by code. */
    public List<Indicator> allByCode() {
        return listAll(Sort.by("code"));
    }

    public Optional<Indicator> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The indicator known under this code, or under it as an alias (11.5.1 is also 1.5.1 and 13.1.1). */
    public Optional<Indicator> findByCodeOrAlias(String code) {
        return findByCode(code).or(() -> find("select i from Indicator i join i.aliases a where a = ?1", code)
            .firstResultOptional());
    }

    /** The code of the indicator that already uses this code or alias, if any. */
    public Optional<String> ownerOf(String codeOrAlias) {
        return findByCodeOrAlias(codeOrAlias).map(Indicator::code);
    }

    public List<Indicator> search(IndicatorQuery query, int page, int size) {
        Query ids = bind(getEntityManager().createNativeQuery(
            "select i.id" + WHERE + textFilter(query)
                + " order by i.framework_code, i.sort_key limit :limit offset :offset", Long.class), query);
        ids.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Long> ordered = ids.getResultList();
        if (ordered.isEmpty()) {
            return List.of();
        }
        Map<Long, Indicator> byId = list("id in ?1", ordered).stream()
            .collect(Collectors.toMap(Indicator::id, Function.identity()));
        return ordered.stream().map(byId::get).toList();
    }

    public long count(IndicatorQuery query) {
        Query count = getEntityManager().createNativeQuery("select count(*)" + WHERE + textFilter(query));
        return ((Number) bind(count, query).getSingleResult()).longValue();
    }

    /** Each word must appear somewhere in the indicator's searchable text. */
    private static String textFilter(IndicatorQuery query) {
        StringBuilder filter = new StringBuilder();
        for (int i = 0; i < words(query).size(); i++) {
            filter.append(" and i.search_text like :word").append(i).append(" escape '\\'");
        }
        return filter.toString();
    }

    private static List<String> words(IndicatorQuery query) {
        if (query.text() == null || query.text().isBlank()) {
            return List.of();
        }
        return Arrays.stream(Indicator.normalizeForSearch(query.text()).trim().split("\\s+"))
            .filter(w -> !w.isEmpty()).limit(10).toList();
    }

    private static Query bind(Query q, IndicatorQuery query) {
        q.setParameter("framework", query.framework())
            .setParameter("goal", query.goal())
            .setParameter("target", query.target())
            .setParameter("priority", query.priority() == null ? null : query.priority().name())
            .setParameter("status", query.status() == null ? null : query.status().name());
        List<String> words = words(query);
        for (int i = 0; i < words.size(); i++) {
            String escaped = words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            q.setParameter("word" + i, "%" + escaped + "%");
        }
        return q;
    }
}
