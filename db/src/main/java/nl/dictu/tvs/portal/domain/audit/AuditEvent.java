package nl.dictu.tvs.portal.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit trail: who did what, when, from which client address, to which
 * application, in which BPMN element, and the state before and after as JSON. Append-only: no
 * column can be updated, and the database refuses UPDATE and DELETE on the table. Each event is
 * sealed into a hash chain ({@link AuditHashes}) as it is appended.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int JSON_MAX = 100_000;
    public static final int ADDRESS_MAX = 45;
    /** What an event whose personal data were erased names as its actor. */
    public static final String ERASED_ACTOR = "-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", length = 100, nullable = false, updatable = false)
    private String actor;

    @Column(name = "action", length = 60, nullable = false, updatable = false)
    private String action;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "element_id", length = 100, updatable = false)
    private String elementId;

    @Column(name = "before_json", length = JSON_MAX, updatable = false)
    private String beforeJson;

    @Column(name = "after_json", length = JSON_MAX, updatable = false)
    private String afterJson;

    /** Where the request came from, for what people did; null for what the process did by itself. */
    @Column(name = "client_address", length = ADDRESS_MAX, updatable = false)
    private String clientAddress;

    /** The supplier whose member acted in {@link #servedOrganisationId}'s name; null for everything else. */
    @Column(name = "supplier_organisation_id", updatable = false)
    private Long supplierOrganisationId;

    /** The organisation a supplier's member acted for; null for everything else. */
    @Column(name = "served_organisation_id", updatable = false)
    private Long servedOrganisationId;

    @Column(name = "content_hash", length = 64, updatable = false)
    private String contentHash;

    /** The hash of the previous event's chain hash and this event's content hash. */
    @Column(name = "chain_hash", length = 64, updatable = false)
    private String chainHash;

    /**
     * When the actor, client address and before/after state were erased because their retention ended (only in a
     * bulk update, {@link AuditTrail#erasePersonalDataBefore}); the content hash stays, so the chain still verifies.
     */
    @Column(name = "erased_at", updatable = false)
    private Instant erasedAt;

    protected AuditEvent() {
        // for JPA
    }

    /**
     * @param elementId  the BPMN element id the action happened in, or null outside the process
     * @param beforeJson the relevant state before, or null when there was none
     */
    public AuditEvent(Instant occurredAt, String actor, String action, Long applicationId, String elementId,
                      String beforeJson, String afterJson) {
        this(occurredAt, actor, action, applicationId, elementId, beforeJson, afterJson, null);
    }

    /** @param clientAddress the address the request came from, or null outside a request */
    public AuditEvent(Instant occurredAt, String actor, String action, Long applicationId, String elementId,
                      String beforeJson, String afterJson, String clientAddress) {
        // stored with microseconds: the content hash must be the same when the event is read back
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        this.clientAddress = clientAddress == null ? null : clientAddress.substring(0, Math.min(clientAddress.length(), ADDRESS_MAX));
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.applicationId = applicationId;
        this.elementId = elementId;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    /**
     * The same event done by a supplier's member in a served organisation's name; both organisations go into the
     * content hash.
     */
    public AuditEvent actingFor(long supplierOrganisationId, long servedOrganisationId) {
        this.supplierOrganisationId = supplierOrganisationId;
        this.servedOrganisationId = servedOrganisationId;
        return this;
    }

    /** Seals the event after the one whose chain hash is {@code previousChainHash}; before it is stored. */
    void seal(String previousChainHash) {
        contentHash = recomputedContentHash();
        chainHash = AuditHashes.chainHash(previousChainHash, contentHash);
    }

    /** The content hash of what the event holds now. */
    public String recomputedContentHash() {
        String content = AuditHashes.contentHash(occurredAt, actor, action, applicationId, elementId, beforeJson, afterJson,
                clientAddress);
        return supplierOrganisationId == null && servedOrganisationId == null ? content
                : AuditHashes.withOrganisations(content, supplierOrganisationId, servedOrganisationId);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getChainHash() {
        return chainHash;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getElementId() {
        return elementId;
    }

    public String getBeforeJson() {
        return beforeJson;
    }

    public Optional<Long> getSupplierOrganisationId() {
        return Optional.ofNullable(supplierOrganisationId);
    }

    public Optional<Long> getServedOrganisationId() {
        return Optional.ofNullable(servedOrganisationId);
    }

    public String getAfterJson() {
        return afterJson;
    }
}
