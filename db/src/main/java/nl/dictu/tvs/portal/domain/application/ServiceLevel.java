package nl.dictu.tvs.portal.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** One row of a version's services: a service and one of its minimum levels. */
@Embeddable
public class ServiceLevel {

    @Column(name = "service_name", length = ServiceDeclaration.STORED_NAME_MAX, nullable = false)
    private String serviceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_level", length = 30, nullable = false)
    private AssuranceLevel minimumLevel;

    protected ServiceLevel() {
        // for JPA
    }

    ServiceLevel(String serviceName, AssuranceLevel minimumLevel) {
        this.serviceName = serviceName;
        this.minimumLevel = minimumLevel;
    }

    String serviceName() {
        return serviceName;
    }

    AssuranceLevel minimumLevel() {
        return minimumLevel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceLevel other && serviceName.equals(other.serviceName) && minimumLevel == other.minimumLevel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceName, minimumLevel);
    }
}
