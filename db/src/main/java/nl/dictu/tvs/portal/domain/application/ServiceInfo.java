package nl.dictu.tvs.portal.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a service of a version is and where it lives. */
@Embeddable
public class ServiceInfo {

    @Column(name = "service_name", length = ServiceDeclaration.STORED_NAME_MAX, nullable = false)
    private String serviceName;

    @Column(name = "description", length = ServiceDeclaration.DESCRIPTION_MAX, nullable = false)
    private String description;

    @Column(name = "url", length = ServiceDeclaration.URL_MAX)
    private String url;

    protected ServiceInfo() {
        // for JPA
    }

    ServiceInfo(ServiceDeclaration service) {
        serviceName = service.name();
        description = service.description();
        url = service.url();
    }

    String serviceName() {
        return serviceName;
    }

    String description() {
        return description;
    }

    String url() {
        return url;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceInfo other && serviceName.equals(other.serviceName);
    }

    @Override
    public int hashCode() {
        return serviceName.hashCode();
    }
}
