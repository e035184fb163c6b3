package nl.dictu.tvs.portal.domain.connection;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.organisation.Organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A connection that is live in one environment: registered through the portal (with its application)
 * or imported from DICTU's administration (without one). Its items are what the expiry watch covers;
 * a terminated connection ends on {@code endsOn} and is watched no longer from that day.
 */
@Entity
@Table(name = "live_connection")
public class LiveConnection {

    public static final int LIST_MAX = 4000;
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "environment", length = 20, nullable = false, updatable = false)
    private ConnectionEnvironment environment;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "entity_ids", length = LIST_MAX, nullable = false)
    private String entityIds;

    @Column(name = "service_uuids", length = LIST_MAX, nullable = false)
    private String serviceUuids;

    @Column(name = "go_live_date", nullable = false, updatable = false)
    private LocalDate goLiveDate;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", length = 100, nullable = false)
    private String recordedBy;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "end_reason", length = REASON_MAX)
    private String endReason;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @OneToMany(mappedBy = "connection", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<WatchedItem> items = new ArrayList<>();

    protected LiveConnection() {
        // for JPA
    }

    /**
     * @param entityIds    the entityIDs, one per line
     * @param serviceUuids the ServiceUUIDs with their minimum level ({@code uuid=LEVEL}), one per line
     */
    public LiveConnection(Organisation organisation, ConnectionEnvironment environment, Long applicationId,
                          String entityIds, String serviceUuids, LocalDate goLiveDate, Instant recordedAt, String recordedBy) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.applicationId = applicationId;
        this.goLiveDate = Objects.requireNonNull(goLiveDate, "goLiveDate");
        update(entityIds, serviceUuids, recordedAt, recordedBy);
    }

    /** Records what the connection is live with now; its items are replaced with {@link #clearItems} and {@link #watch}. */
    public final void update(String newEntityIds, String newServiceUuids, Instant at, String by) {
        this.entityIds = Objects.requireNonNull(newEntityIds, "entityIds");
        this.serviceUuids = Objects.requireNonNull(newServiceUuids, "serviceUuids");
        this.recordedAt = Objects.requireNonNull(at, "recordedAt");
        this.recordedBy = Objects.requireNonNull(by, "recordedBy");
    }

    /** Forgets the items (and, with them, their notices) before the connection's current items are added again. */
    public void clearItems() {
        items.clear();
    }

    /** Adds an item that expires. */
    public WatchedItem watch(WatchedItemKind kind, String label, Instant expiresAt) {
        WatchedItem item = new WatchedItem(this, kind, label, expiresAt);
        items.add(item);
        return item;
    }

    /** Stops watching an item (a certificate TVS no longer uses); its notices go with it. */
    public void unwatch(WatchedItem item) {
        items.remove(item);
    }

    /** Records that the connection ends on the given day, why and on whose word. */
    public void end(LocalDate on, String reason, String by) {
        this.endsOn = Objects.requireNonNull(on, "on");
        this.endReason = Objects.requireNonNull(reason, "reason");
        this.endedBy = Objects.requireNonNull(by, "by");
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ConnectionEnvironment getEnvironment() {
        return environment;
    }

    public Optional<Long> getApplicationId() {
        return Optional.ofNullable(applicationId);
    }

    public String getEntityIds() {
        return entityIds;
    }

    public String getServiceUuids() {
        return serviceUuids;
    }

    public LocalDate getGoLiveDate() {
        return goLiveDate;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Optional<LocalDate> getEndsOn() {
        return Optional.ofNullable(endsOn);
    }

    public Optional<String> getEndReason() {
        return Optional.ofNullable(endReason);
    }

    public Optional<String> getEndedBy() {
        return Optional.ofNullable(endedBy);
    }

    public List<WatchedItem> getItems() {
        return List.copyOf(items);
    }
}
