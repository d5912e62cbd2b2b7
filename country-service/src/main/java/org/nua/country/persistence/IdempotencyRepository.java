package org.nua.country.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.country.domain.BatchReport;

/** Results of batches sent with an Idempotency-Key, per country. */
@ApplicationScoped
public class IdempotencyRepository {

    /** What was answered to the first request with a key, and a digest of that request. */
    public record Stored(String requestHash, BatchReport report) {
    }

    private final EntityManager em;
    private final ObjectMapper json;

    IdempotencyRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public Optional<Stored> find(String countryCode, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, cast(report as text) from idempotent_request "
                + "where country_code = ?1 and idempotency_key = ?2")
            .setParameter(1, countryCode).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Stored((String) rows.get(0)[0], json.readValue((String) rows.get(0)[1],
                BatchReport.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored batch report cannot be read", e);
        }
    }

    /** In the batch's own transaction: the key is taken exactly when the batch's effects commit. */
    public void store(String countryCode, String key, String requestHash, BatchReport report, Instant at) {
        try {
            em.createNativeQuery("insert into idempotent_request (country_code, idempotency_key, request_hash, report, "
                    + "created_at) values (?1, ?2, ?3, cast(?4 as jsonb), ?5)")
                .setParameter(1, countryCode).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, json.writeValueAsString(report)).setParameter(5, at)
                .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Batch report cannot be stored", e);
        }
    }
}
