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
import java.util.UUID;

/**
 * A ServiceUUID (dienstnummer) DICTU issued for one service of an application in one environment, recorded against
 * the organisation whose DV offers the service: the applicant's own OIN for the application's own services, a served
 * organisation's OIN for that member's services in a supplier's cluster (V41).
 * Issued once: the database refuses a second one for the same organisation, service and environment. Both environments
 * of a service share one ServiceUUID unless the reviewer chose one per environment (V29): unique per environment only.
 */
@Entity
@Table(name = "issued_service_uuid")
public class IssuedServiceUuid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "organisation_oin", length = 20, nullable = false, updatable = false)
    private String organisationOin;

    @Column(name = "service_name", length = ServiceDeclaration.STORED_NAME_MAX, nullable = false, updatable = false)
    private String serviceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "environment", length = 20, nullable = false, updatable = false)
    private ConnectionEnvironment environment;

    @Column(name = "service_uuid", length = 36, nullable = false, updatable = false)
    private String serviceUuid;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected IssuedServiceUuid() {
        // for JPA
    }

    /** @param organisationOin the applicant's OIN for its own service, the served organisation's for a member's */
    public IssuedServiceUuid(long applicationId, String organisationOin, String serviceName,
                             ConnectionEnvironment environment, UUID serviceUuid, Instant issuedAt) {
        this.applicationId = applicationId;
        this.organisationOin = Objects.requireNonNull(organisationOin, "organisationOin");
        this.serviceName = Objects.requireNonNull(serviceName, "serviceName");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.serviceUuid = serviceUuid.toString();
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    }

    public Long getApplicationId() {
        return applicationId;
    }

    /** The organisation whose DV offers the service: the applicant's own, or a served organisation of its cluster. */
    public String getOrganisationOin() {
        return organisationOin;
    }

    public String getServiceName() {
        return serviceName;
    }

    public ConnectionEnvironment getEnvironment() {
        return environment;
    }

    public String getServiceUuid() {
        return serviceUuid;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
