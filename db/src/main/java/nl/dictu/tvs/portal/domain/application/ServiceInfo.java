package nl.dictu.tvs.portal.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a service of a version is and where it lives: its catalogue fields besides the levels (rows of
 * {@link ServiceLevel}) and the requested attributes (rows of {@link ServiceAttributeRow}).
 */
@Embeddable
public class ServiceInfo {

    @Column(name = "service_name", length = ServiceDeclaration.STORED_NAME_MAX, nullable = false)
    private String serviceName;

    @Column(name = "name_en", length = ServiceDeclaration.STORED_NAME_MAX, nullable = false)
    private String nameEn;

    @Column(name = "description", length = ServiceDeclaration.DESCRIPTION_MAX, nullable = false)
    private String description;

    @Column(name = "url", length = ServiceDeclaration.URL_MAX)
    private String url;

    @Column(name = "privacy_policy_url", length = ServiceDeclaration.URL_MAX)
    private String privacyPolicyUrl;

    /** The identifying attribute types, comma-separated enum names; empty when none. */
    @Column(name = "identifying_attributes", length = 100, nullable = false)
    private String identifyingAttributes;

    @Column(name = "machtigen", nullable = false)
    private boolean machtigen;

    protected ServiceInfo() {
        // for JPA
    }

    ServiceInfo(ServiceDeclaration service) {
        serviceName = service.name();
        nameEn = service.nameEn();
        description = service.description();
        url = service.url();
        privacyPolicyUrl = service.privacyPolicyUrl();
        identifyingAttributes = service.identifyingAttributes().stream().sorted().map(Enum::name)
                .collect(Collectors.joining(","));
        machtigen = service.machtigen();
    }

    String serviceName() {
        return serviceName;
    }

    String nameEn() {
        return nameEn;
    }

    String description() {
        return description;
    }

    String url() {
        return url;
    }

    String privacyPolicyUrl() {
        return privacyPolicyUrl;
    }

    Set<IdentifyingAttribute> identifyingAttributes() {
        Set<IdentifyingAttribute> types = EnumSet.noneOf(IdentifyingAttribute.class);
        Arrays.stream(identifyingAttributes.split(",")).filter(name -> !name.isEmpty())
                .forEach(name -> types.add(IdentifyingAttribute.valueOf(name)));
        return types;
    }

    boolean machtigen() {
        return machtigen;
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
