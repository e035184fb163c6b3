package nl.dictu.tvs.portal.domain.application;

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

import java.time.Instant;
import java.util.Objects;

/**
 * An organisation's request to connect a web service to TVS, known by its reference (the process's
 * business key). Its content lives in {@link ApplicationVersion}s: every correction adds one and
 * the earlier ones stay. Where it stands is the process's business, not a column here.
 */
@Entity
@Table(name = "application")
public class Application {

    public static final int REFERENCE_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", length = REFERENCE_MAX, nullable = false, unique = true, updatable = false)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "current_version_number", nullable = false)
    private int currentVersionNumber;

    /** The checklist version the application answers; fixed at submission. */
    @Column(name = "checklist_definition_id", updatable = false)
    private Long checklistDefinitionId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Application() {
        // for JPA
    }

    private Application(ApplicationReference reference, Organisation organisation, String createdBy, Instant createdAt) {
        this.reference = reference.value();
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new application; its first version is {@link #firstVersion}. */
    public static Application submitted(ApplicationReference reference, Organisation organisation,
                                        String submittedBy, Instant submittedAt) {
        return new Application(reference, organisation, submittedBy, submittedAt);
    }

    /** A new application that answers the checklist version with this id. */
    public static Application submitted(ApplicationReference reference, Organisation organisation,
                                        String submittedBy, Instant submittedAt, long checklistDefinitionId) {
        Application application = new Application(reference, organisation, submittedBy, submittedAt);
        application.checklistDefinitionId = checklistDefinitionId;
        return application;
    }

    public ApplicationVersion firstVersion(ApplicationContent content, String submittedBy, Instant at) {
        if (currentVersionNumber != 0) {
            throw new IllegalStateException("application " + reference + " already has version " + currentVersionNumber);
        }
        currentVersionNumber = 1;
        return ApplicationVersion.first(this, content, new TermsAcceptance(content.termsVersion(), submittedBy, at));
    }

    /** A correction: a new version with new content; the current one stays as it was. */
    public ApplicationVersion correctedVersion(ApplicationVersion current, ApplicationContent content,
                                               String submittedBy, Instant at) {
        requireCurrent(current);
        currentVersionNumber++;
        return current.correctedAs(currentVersionNumber, content, new TermsAcceptance(content.termsVersion(), submittedBy, at));
    }

    /** The production request: a new version that keeps the preproduction content and adds production's. */
    public ApplicationVersion productionVersion(ApplicationVersion current, ProductionRequest request,
                                                String submittedBy, Instant at) {
        requireCurrent(current);
        currentVersionNumber++;
        return current.withProductionRequestAs(currentVersionNumber, request, submittedBy, at);
    }

    /**
     * A change request on a live connection, applied: a new version with the changed content (services, contacts and
     * the preproduction certificate and metadata) and the production certificate and metadata given, which are the
     * current ones when only preproduction changed. The production request's other facts and the terms stay.
     */
    public ApplicationVersion changedVersion(ApplicationVersion current, ApplicationContent content,
                                             String productionCertificatePem, byte[] productionMetadata,
                                             String changedBy, Instant at) {
        requireCurrent(current);
        currentVersionNumber++;
        return current.changedAs(currentVersionNumber, content, productionCertificatePem, productionMetadata, changedBy, at);
    }

    private void requireCurrent(ApplicationVersion current) {
        if (current.getNumber() != currentVersionNumber || !current.getApplication().getId().equals(id)) {
            throw new IllegalStateException("version " + current.getNumber() + " is not the current version of " + reference);
        }
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** The checklist version it answers; empty for applications made before checklists were versioned. */
    public java.util.Optional<Long> getChecklistDefinitionId() {
        return java.util.Optional.ofNullable(checklistDefinitionId);
    }

    public int getCurrentVersionNumber() {
        return currentVersionNumber;
    }
}
