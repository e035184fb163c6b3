package nl.dictu.tvs.portal.domain.file;

import nl.dictu.tvs.portal.domain.Sha256;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.dictu.tvs.portal.domain.organisation.Organisation;

import java.time.Instant;
import java.util.Objects;

/**
 * A file an organisation uploaded, immutable once stored. The media type is the one its content
 * proved to be, never the name or the browser's claim; the SHA-256 is its fingerprint on receipts.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    public static final int FILE_NAME_MAX = 255;
    public static final int MEDIA_TYPE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 30, nullable = false, updatable = false)
    private FilePurpose purpose;

    @Column(name = "file_name", length = FILE_NAME_MAX, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", length = MEDIA_TYPE_MAX, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", length = 100, nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected StoredFile() {
        // for JPA
    }

    /** A file whose content was already inspected: {@code mediaType} is what it proved to be. */
    public StoredFile(Organisation organisation, FilePurpose purpose, String fileName, String mediaType,
                      byte[] content, String uploadedBy, Instant uploadedAt) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.fileName = safeName(fileName);
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        if (content == null || content.length == 0 || content.length > purpose.maxBytes()) {
            throw new IllegalArgumentException("empty or too large for " + purpose);
        }
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = Sha256.hex(content);
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /** The last path segment, without control characters, at most {@link #FILE_NAME_MAX} characters. */
    static String safeName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = base.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        if (clean.isEmpty()) {
            clean = "upload";
        }
        return clean.length() > FILE_NAME_MAX ? clean.substring(0, FILE_NAME_MAX) : clean;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public FilePurpose getPurpose() {
        return purpose;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
