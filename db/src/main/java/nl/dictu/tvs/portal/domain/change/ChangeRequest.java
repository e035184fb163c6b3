package nl.dictu.tvs.portal.domain.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to change one environment of a live connection: the content the applicant proposes (a copy of the
 * live registration, edited), frozen when it starts. While it is {@link ChangeRequestStatus#OPEN} it holds its
 * connection's id in {@code open_connection_id}, whose unique key refuses a second open request; applying it
 * records the application version it became, and DICTU's load into TVS records who loaded it and when.
 */
@Entity
@Table(name = "change_request")
public class ChangeRequest {

    public static final int REFERENCE_MAX = 30;
    public static final int REASON_MAX = 2000;
    public static final int OPEN_MEMBER_KEY_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", length = REFERENCE_MAX, nullable = false, unique = true, updatable = false)
    private String reference;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "live_connection_id", nullable = false, updatable = false)
    private Long liveConnectionId;

    @Column(name = "open_connection_id")
    private Long openConnectionId;

    /** {@code <live connection id>:<OIN>} while a request about a served organisation is open; unique. */
    @Column(name = "open_member_key", length = OPEN_MEMBER_KEY_MAX)
    private String openMemberKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "environment", length = 20, nullable = false, updatable = false)
    private ConnectionEnvironment environment;

    @Column(name = "base_version", nullable = false, updatable = false)
    private int baseVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "lane", length = 20, nullable = false, updatable = false)
    private ChangeLane lane;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ChangeRequestStatus status;

    @Column(name = "content_json", nullable = false, updatable = false)
    private byte[] contentJson;

    @Column(name = "certificate_pem", length = ApplicationContent.PEM_MAX, nullable = false, updatable = false)
    private String certificatePem;

    @Column(name = "metadata", nullable = false, updatable = false)
    private byte[] metadata;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", length = 100, nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Column(name = "refusal_reason", length = REASON_MAX)
    private String refusalReason;

    @Column(name = "applied_version")
    private Integer appliedVersion;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    @Column(name = "loaded_by", length = 100)
    private String loadedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ChangeRequest() {
        // for JPA
    }

    /**
     * @param reference   the application's reference and the request's number ({@code TVS-2026-00001-W1})
     * @param contentJson the proposed services and contacts, as the change slice writes them
     */
    public ChangeRequest(String reference, int number, long applicationId, long liveConnectionId,
                         ConnectionEnvironment environment, int baseVersion, ChangeLane lane, String contentJson,
                         String certificatePem, byte[] metadata, Instant requestedAt, String requestedBy, Instant dueAt) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.number = number;
        this.applicationId = applicationId;
        this.liveConnectionId = liveConnectionId;
        this.openConnectionId = liveConnectionId;
        this.environment = Objects.requireNonNull(environment, "environment");
        this.baseVersion = baseVersion;
        this.lane = Objects.requireNonNull(lane, "lane");
        this.status = ChangeRequestStatus.OPEN;
        this.contentJson = Objects.requireNonNull(contentJson, "contentJson").getBytes(StandardCharsets.UTF_8);
        this.certificatePem = Objects.requireNonNull(certificatePem, "certificatePem");
        this.metadata = Objects.requireNonNull(metadata, "metadata").clone();
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
    }

    /**
     * Makes this new request one about the served organisation {@code oin} of a cluster connection: while it is open
     * it holds the connection and organisation in {@code open_member_key}, whose unique index refuses a second open
     * request for the same organisation, and the connection itself only when it brings new cluster metadata (which
     * belongs to the whole connection, as an ordinary change's does).
     */
    public ChangeRequest aboutServedOrganisation(String oin, boolean holdsConnection) {
        if (id != null || status != ChangeRequestStatus.OPEN) {
            throw new IllegalStateException("change request " + reference + " is stored already");
        }
        this.openMemberKey = memberKey(liveConnectionId, oin);
        this.openConnectionId = holdsConnection ? liveConnectionId : null;
        return this;
    }

    /** The key an open request about the served organisation {@code oin} on the connection holds. */
    public static String memberKey(long liveConnectionId, String oin) {
        return liveConnectionId + ":" + Objects.requireNonNull(oin, "oin");
    }

    /** The change became application version {@code versionNumber}. */
    public void applied(int versionNumber, Instant at, String by) {
        end(ChangeRequestStatus.APPLIED, at, by);
        this.appliedVersion = versionNumber;
    }

    public void refused(String reason, Instant at, String by) {
        end(ChangeRequestStatus.REFUSED, at, by);
        this.refusalReason = Objects.requireNonNull(reason, "reason");
    }

    public void withdrawn(Instant at, String by) {
        end(ChangeRequestStatus.WITHDRAWN, at, by);
    }

    /** DICTU loaded the applied change into TVS. */
    public void loaded(Instant at, String by) {
        if (status != ChangeRequestStatus.APPLIED) {
            throw new IllegalStateException("change request " + reference + " is " + status + ", not applied");
        }
        this.loadedAt = Objects.requireNonNull(at, "at");
        this.loadedBy = Objects.requireNonNull(by, "by");
    }

    private void end(ChangeRequestStatus outcome, Instant at, String by) {
        if (status != ChangeRequestStatus.OPEN) {
            throw new IllegalStateException("change request " + reference + " is already " + status);
        }
        this.status = outcome;
        this.openConnectionId = null;
        this.openMemberKey = null;
        this.endedAt = Objects.requireNonNull(at, "at");
        this.endedBy = Objects.requireNonNull(by, "by");
    }

    public boolean isOpen() {
        return status == ChangeRequestStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public int getNumber() {
        return number;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getLiveConnectionId() {
        return liveConnectionId;
    }

    public ConnectionEnvironment getEnvironment() {
        return environment;
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public ChangeLane getLane() {
        return lane;
    }

    public ChangeRequestStatus getStatus() {
        return status;
    }

    public String getContentJson() {
        return new String(contentJson, StandardCharsets.UTF_8);
    }

    public String getCertificatePem() {
        return certificatePem;
    }

    public byte[] getMetadata() {
        return metadata.clone();
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Optional<Instant> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<String> getEndedBy() {
        return Optional.ofNullable(endedBy);
    }

    public Optional<String> getRefusalReason() {
        return Optional.ofNullable(refusalReason);
    }

    public Optional<Integer> getAppliedVersion() {
        return Optional.ofNullable(appliedVersion);
    }

    public Optional<Instant> getLoadedAt() {
        return Optional.ofNullable(loadedAt);
    }

    public Optional<String> getLoadedBy() {
        return Optional.ofNullable(loadedBy);
    }
}
