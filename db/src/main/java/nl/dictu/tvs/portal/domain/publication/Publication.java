package nl.dictu.tvs.portal.domain.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a version of reference data (a checklist, the terms) stands: a draft made by someone at
 * some moment, then published once by someone, after which it never changes. The entity keeps its
 * own label and content and asks this whether it may still change.
 */
@Embeddable
public class Publication {

    public static final int LABEL_MAX = 20;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private PublicationStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    protected Publication() {
        // for JPA
    }

    /** A new draft; the label must be a version such as 2027.1 ({@code labelKey} names the refusal). */
    public static Publication draft(String label, String labelKey, String createdBy, Instant at) {
        if (label == null || !label.matches("[0-9A-Za-z.-]{1," + LABEL_MAX + "}")) {
            throw new InvalidApplicationException(labelKey, String.valueOf(label));
        }
        Publication publication = new Publication();
        publication.status = PublicationStatus.DRAFT;
        publication.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        publication.createdAt = Objects.requireNonNull(at, "at");
        return publication;
    }

    /** Refuses with {@code publishedKey} (and the label) once published. */
    public void requireDraft(String publishedKey, String label) {
        if (status == PublicationStatus.PUBLISHED) {
            throw new InvalidApplicationException(publishedKey, label);
        }
    }

    public void publish(String by, Instant at, String publishedKey, String label) {
        requireDraft(publishedKey, label);
        status = PublicationStatus.PUBLISHED;
        publishedBy = Objects.requireNonNull(by, "by");
        publishedAt = Objects.requireNonNull(at, "at");
    }

    public PublicationStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<String> publishedBy() {
        return Optional.ofNullable(publishedBy);
    }
}
