package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.IdentifyingAttribute;
import nl.dictu.tvs.portal.domain.application.RequestedAttribute;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One service in the correction form: its names, description and addresses editable; the levels and the other
 * catalogue fields (eHerkenning attributes, Machtigen) as submitted.
 */
public class ServiceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String nameEn;
    private String description;
    private String url;
    private String privacyPolicyUrl;
    private final ArrayList<AssuranceLevel> levels;
    private final ArrayList<IdentifyingAttribute> identifyingAttributes;
    private final ArrayList<RequestedAttribute> requestedAttributes;
    private final boolean machtigen;

    ServiceRow(ServiceDeclaration service) {
        name = service.name();
        nameEn = service.nameEn();
        description = service.description();
        url = service.url();
        privacyPolicyUrl = service.privacyPolicyUrl();
        levels = new ArrayList<>(service.minimumLevels().stream().sorted().toList());
        identifyingAttributes = new ArrayList<>(service.identifyingAttributes());
        requestedAttributes = new ArrayList<>(service.requestedAttributes());
        machtigen = service.machtigen();
    }

    ServiceDeclaration toDeclaration() {
        return new ServiceDeclaration(name == null ? "" : name, nameEn, EnumSet.copyOf(levels), description, url,
                privacyPolicyUrl, Set.copyOf(identifyingAttributes), requestedAttributes, machtigen);
    }

    public List<AssuranceLevel> getLevels() {
        return levels;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getPrivacyPolicyUrl() {
        return privacyPolicyUrl;
    }

    public void setPrivacyPolicyUrl(String privacyPolicyUrl) {
        this.privacyPolicyUrl = privacyPolicyUrl;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
