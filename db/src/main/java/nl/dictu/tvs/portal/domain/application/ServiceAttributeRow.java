package nl.dictu.tvs.portal.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One attribute a service of a version requests, at its position, with its purpose statements. */
@Embeddable
public class ServiceAttributeRow {

    @Column(name = "service_name", length = ServiceDeclaration.STORED_NAME_MAX, nullable = false)
    private String serviceName;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "attribute_name", length = RequestedAttribute.NAME_MAX, nullable = false)
    private String attributeName;

    @Column(name = "purpose_nl", length = RequestedAttribute.PURPOSE_MAX, nullable = false)
    private String purposeNl;

    @Column(name = "purpose_en", length = RequestedAttribute.PURPOSE_MAX, nullable = false)
    private String purposeEn;

    protected ServiceAttributeRow() {
        // for JPA
    }

    ServiceAttributeRow(String serviceName, int position, RequestedAttribute attribute) {
        this.serviceName = serviceName;
        this.position = position;
        attributeName = attribute.name();
        purposeNl = attribute.purposeNl();
        purposeEn = attribute.purposeEn();
    }

    String serviceName() {
        return serviceName;
    }

    int position() {
        return position;
    }

    RequestedAttribute toAttribute() {
        return new RequestedAttribute(attributeName, purposeNl, purposeEn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceAttributeRow other && serviceName.equals(other.serviceName) && position == other.position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceName, position);
    }
}
