package nl.dictu.tvs.portal.domain.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A sealed PDF the portal issued, kept byte for byte as issued with its SHA-256. There is at most one
 * per application, kind and round (the version a receipt confirms, the assessment round of a checklist
 * report, the state a dossier covers): the database refuses a second, so a retried process job finds
 * the stored document instead of issuing a different one.
 */
@Entity
@Table(name = "issued_document")
public class StoredDocument {

    public static final int FILE_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", length = 30, nullable = false, updatable = false)
    private DocumentKind kind;

    @Column(name = "round", nullable = false, updatable = false)
    private int round;

    @Column(name = "language", length = 10, nullable = false, updatable = false)
    private String language;

    @Column(name = "file_name", length = FILE_NAME_MAX, nullable = false, updatable = false)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredDocument() {
        // for JPA
    }

    public StoredDocument(long applicationId, DocumentKind kind, int round, String language, String fileName,
                          byte[] content, String sha256, Instant createdAt) {
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more, not " + round);
        }
        this.applicationId = applicationId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.round = round;
        this.language = Objects.requireNonNull(language, "language");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.content = Objects.requireNonNull(content, "content").clone();
        this.size = content.length;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getRound() {
        return round;
    }

    public String getLanguage() {
        return language;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
