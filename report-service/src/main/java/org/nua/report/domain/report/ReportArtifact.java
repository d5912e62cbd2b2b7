package org.nua.report.domain.report;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One written file of a report: its HTML, its PDF or its CSV data annex. */
@Entity
@Table(name = "report_artifact")
public class ReportArtifact {

    @EmbeddedId
    private Key key;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private String sha256;

    protected ReportArtifact() {
    }

    public ReportArtifact(UUID reportId, ReportFormat format, String fileName, byte[] content, String sha256) {
        this.key = new Key(reportId, format);
        this.mediaType = format.mediaType();
        this.fileName = fileName;
        this.content = content;
        this.sha256 = sha256;
    }

    @Embeddable
    public record Key(@Column(name = "report_id") UUID reportId,
                      @Enumerated(EnumType.STRING) @Column(name = "format") ReportFormat format) implements Serializable {
    }

    public ReportFormat format() {
        return key.format();
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content;
    }

    public String sha256() {
        return sha256;
    }
}
