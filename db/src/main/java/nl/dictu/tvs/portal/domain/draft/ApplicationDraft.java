package nl.dictu.tvs.portal.domain.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.user.UserAccount;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's application in the making. The content is the wizard's own JSON, kept as it
 * was typed, errors included, so nothing typed is lost; it only has to be valid when it is
 * submitted. Any member of the organisation may continue it; the version keeps two colleagues from
 * silently overwriting each other. Once submitted it keeps the reference it became and is done.
 */
@Entity
@Table(name = "application_draft")
public class ApplicationDraft {

    public static final int CONTENT_MAX = 200_000;
    public static final int REFERENCE_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "content_json", length = CONTENT_MAX, nullable = false)
    private String contentJson;

    @Column(name = "created_by", length = UserAccount.USERNAME_MAX, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", length = UserAccount.USERNAME_MAX, nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_reference", length = REFERENCE_MAX)
    private String submittedReference;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApplicationDraft() {
        // for JPA
    }

    public ApplicationDraft(Organisation organisation, String contentJson, String createdBy, Instant createdAt) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        replaceContent(contentJson, createdBy, createdAt);
    }

    /** New content from a member; refused once the draft is submitted. */
    public void replaceContent(String json, String by, Instant at) {
        if (submittedReference != null) {
            throw new IllegalStateException("draft " + id + " was submitted as " + submittedReference);
        }
        if (json == null || json.length() > CONTENT_MAX) {
            throw new IllegalArgumentException("draft content missing or longer than " + CONTENT_MAX);
        }
        contentJson = json;
        updatedBy = Objects.requireNonNull(by, "by");
        updatedAt = Objects.requireNonNull(at, "at");
    }

    /** The draft became this application; it stays for the record, and the next draft starts empty. */
    public void markSubmitted(String reference, String by, Instant at) {
        if (submittedReference != null) {
            throw new IllegalStateException("draft " + id + " was already submitted as " + submittedReference);
        }
        submittedReference = Objects.requireNonNull(reference, "reference");
        updatedBy = by;
        updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getContentJson() {
        return contentJson;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Optional<String> getSubmittedReference() {
        return Optional.ofNullable(submittedReference);
    }

    public long getVersion() {
        return version;
    }
}
