package org.nua.country.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.nua.country.domain.IngestionJob;

@ApplicationScoped
public class IngestionJobRepository implements PanacheRepositoryBase<IngestionJob, UUID> {

    /** Advisory-lock class of ingestion jobs: one worker per job, whichever instance it runs in. */
    private static final int LOCK_CLASS = 0x4e554131;

    public Optional<IngestionJob> find(String countryCode, UUID id) {
        return findByIdOptional(id).filter(j -> j.countryCode().equals(countryCode));
    }

    public Optional<IngestionJob> findByIdempotencyKey(String countryCode, String key) {
        return find("countryCode = ?1 and idempotencyKey = ?2", countryCode, key).firstResultOptional();
    }

    /**
     * Claims the oldest job nobody is working on, for the rest of the current transaction. A RUNNING job
     * without its lock is one whose worker died; its transaction rolled back, so it starts again from scratch.
     */
    public Optional<UUID> claimNext() {
        @SuppressWarnings("unchecked")
        List<UUID> pending = getEntityManager().createNativeQuery("select id from ingestion_job where state in "
            + "('QUEUED', 'RUNNING') order by created_at limit 20").getResultList();
        for (UUID id : pending) {
            Boolean locked = (Boolean) getEntityManager().createNativeQuery(
                    "select pg_try_advisory_xact_lock(?1, hashtext(cast(?2 as text)))")
                .setParameter(1, LOCK_CLASS).setParameter(2, id.toString()).getSingleResult();
            if (Boolean.TRUE.equals(locked)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Reads a job to run it; detached, so the runner's transaction never locks the row progress updates. */
    public IngestionJob load(UUID id) {
        IngestionJob job = findById(id);
        getEntityManager().detach(job);
        return job;
    }

    /** Ends a job with its report; its upload is dropped, the report stays for the status URL. */
    public void finish(UUID id, boolean succeeded, String reportJson, Instant now) {
        getEntityManager().createNativeQuery("update ingestion_job set state = ?2, phase = null, rows_done = case "
                + "when ?3 then rows else 0 end, report = cast(?4 as jsonb), body = null, upload = null, "
                + "upload_type = null, finished_at = ?5, started_at = coalesce(started_at, ?5) where id = ?1")
            .setParameter(1, id).setParameter(2, succeeded ? "SUCCEEDED" : "FAILED").setParameter(3, succeeded)
            .setParameter(4, reportJson).setParameter(5, now).executeUpdate();
    }

    /** Records progress in its own short transaction, so the status URL shows it while the job runs. */
    public void progress(UUID id, IngestionJob.Phase phase, int rowsDone, Instant now) {
        getEntityManager().createNativeQuery("update ingestion_job set state = 'RUNNING', phase = ?2, "
                + "rows_done = ?3, started_at = coalesce(started_at, ?4) where id = ?1")
            .setParameter(1, id).setParameter(2, phase.name()).setParameter(3, rowsDone).setParameter(4, now)
            .executeUpdate();
    }
}
