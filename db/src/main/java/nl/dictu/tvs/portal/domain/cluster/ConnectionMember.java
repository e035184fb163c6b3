package nl.dictu.tvs.portal.domain.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One row of a cluster connection's aansluitbestand: a member in one environment, connected and maybe disconnected. */
@Entity
@Table(name = "connection_member")
public class ConnectionMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "environment", length = 20, nullable = false, updatable = false)
    private ConnectionEnvironment environment;

    @Column(name = "oin", length = 20, nullable = false, updatable = false)
    private String oin;

    @Column(name = "name", length = 200, nullable = false, updatable = false)
    private String name;

    @Column(name = "connected_on", nullable = false, updatable = false)
    private LocalDate connectedOn;

    @Column(name = "disconnected_on", updatable = false)
    private LocalDate disconnectedOn;

    protected ConnectionMember() {
        // for JPA
    }

    /** @param disconnectedOn null while the member is connected */
    public ConnectionMember(long applicationId, ConnectionEnvironment environment, String oin, String name,
                            LocalDate connectedOn, LocalDate disconnectedOn) {
        this.applicationId = applicationId;
        this.environment = Objects.requireNonNull(environment, "environment");
        this.oin = Objects.requireNonNull(oin, "oin");
        this.name = Objects.requireNonNull(name, "name");
        this.connectedOn = Objects.requireNonNull(connectedOn, "connectedOn");
        this.disconnectedOn = disconnectedOn;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public ConnectionEnvironment getEnvironment() {
        return environment;
    }

    public String getOin() {
        return oin;
    }

    public String getName() {
        return name;
    }

    public LocalDate getConnectedOn() {
        return connectedOn;
    }

    public Optional<LocalDate> getDisconnectedOn() {
        return Optional.ofNullable(disconnectedOn);
    }
}
