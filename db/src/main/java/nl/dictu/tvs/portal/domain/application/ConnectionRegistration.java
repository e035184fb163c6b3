package nl.dictu.tvs.portal.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A registration DICTU made for an application (Eenmalig Inloggen membership, the preproduction or
 * the production connection), with what it was registered with as JSON. One per application and
 * kind: registering again updates it.
 */
@Entity
@Table(name = "connection_registration")
public class ConnectionRegistration {

    public static final int DETAILS_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false, updatable = false)
    private RegistrationKind kind;

    @Column(name = "details_json", length = DETAILS_MAX, nullable = false)
    private String detailsJson;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected ConnectionRegistration() {
        // for JPA
    }

    public ConnectionRegistration(long applicationId, RegistrationKind kind, String detailsJson, Instant registeredAt) {
        this.applicationId = applicationId;
        this.kind = Objects.requireNonNull(kind, "kind");
        update(detailsJson, registeredAt);
    }

    public final void update(String detailsJson, Instant registeredAt) {
        this.detailsJson = Objects.requireNonNull(detailsJson, "detailsJson");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public RegistrationKind getKind() {
        return kind;
    }

    public String getDetailsJson() {
        return detailsJson;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
