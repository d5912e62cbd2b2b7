package org.nua.report.persistence;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.nua.report.domain.report.ArtifactSummary;
import org.nua.report.domain.report.Report;
import org.nua.report.domain.report.ReportArtifact;
import org.nua.report.domain.report.ReportFormat;
import org.nua.report.domain.report.ReportStatus;

/** Report jobs and their files. */
@ApplicationScoped
public class ReportRepository {

    /** Advisory-lock class of report requests by requester. */
    private static final int REQUESTER_LOCK_CLASS = 0x4e554132;

    private final EntityManager em;

    ReportRepository(EntityManager em) {
        this.em = em;
    }

    public void add(Report report) {
        em.persist(report);
    }

    public Optional<Report> find(UUID id) {
        return Optional.ofNullable(em.find(Report.class, id));
    }

    /** The row locked until the transaction ends, so two workers cannot both claim or finish one job. */
    public Optional<Report> lock(UUID id) {
        return Optional.ofNullable(em.find(Report.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Holds, until the transaction ends, the lock of one requester's requests: the same on every instance, since it
     * is PostgreSQL's.
     */
    public void lockRequester(String requestedBy) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))").setParameter(1, REQUESTER_LOCK_CLASS)
            .setParameter(2, requestedBy).getSingleResult();
    }

    /** The requester's reports still QUEUED or RUNNING. */
    public List<Report> open(String requestedBy) {
        return em.createQuery("from Report where requestedBy = :requester and status in (:queued, :running)",
                Report.class).setParameter("requester", requestedBy).setParameter("queued", ReportStatus.QUEUED)
            .setParameter("running", ReportStatus.RUNNING).getResultList();
    }

    /** The newest first. */
    public List<Report> recent(int offset, int limit) {
        return em.createQuery("from Report order by requestedAt desc, id", Report.class)
            .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createQuery("select count(r) from Report r", Long.class).getSingleResult();
    }

    public void add(ReportArtifact artifact) {
        em.persist(artifact);
    }

    /** Replaces what an earlier, interrupted run of the job may have stored. */
    public void removeArtifacts(UUID reportId) {
        em.createQuery("delete from ReportArtifact a where a.key.reportId = :id").setParameter("id", reportId)
            .executeUpdate();
    }

    public Optional<ReportArtifact> artifact(UUID reportId, ReportFormat format) {
        return Optional.ofNullable(em.find(ReportArtifact.class, new ReportArtifact.Key(reportId, format)));
    }

    /** What a status answer lists of each file, without reading the files themselves. */
    @SuppressWarnings("unchecked")
    public List<ArtifactSummary> artifacts(UUID reportId) {
        List<Object[]> rows = em.createNativeQuery("select format, media_type, file_name, sha256, octet_length(content) "
                + "from report_artifact where report_id = :id").setParameter("id", reportId).getResultList();
        return rows.stream()
            .map(r -> new ArtifactSummary(ReportFormat.valueOf((String) r[0]), (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).longValue()))
            .sorted(Comparator.comparing(ArtifactSummary::format))
            .toList();
    }

    /** Jobs waiting since before the cutoff, or running without a heartbeat since then: their message or worker is lost. */
    public List<UUID> stalled(Instant queuedBefore, Instant beatBefore, int limit) {
        return em.createQuery("select r.id from Report r where (r.status = :queuedStatus and r.enqueuedAt < :queued) "
                + "or (r.status = :runningStatus and r.heartbeatAt < :beat) order by r.enqueuedAt", UUID.class)
            .setParameter("queuedStatus", ReportStatus.QUEUED).setParameter("runningStatus", ReportStatus.RUNNING)
            .setParameter("queued", queuedBefore).setParameter("beat", beatBefore).setMaxResults(limit)
            .getResultList();
    }

    /** Finished jobs whose report.events record was not acknowledged yet. */
    public List<UUID> unannounced(int limit) {
        return em.createQuery("select r.id from Report r where r.finishedAt is not null and r.announcedAt is null "
                + "order by r.finishedAt", UUID.class).setMaxResults(limit).getResultList();
    }
}
