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
 * One service in the change request form: names, description, addresses, minimum levels (which also choose the
 * login means) and Machtigen editable, or marked to be removed; the eHerkenning attributes stay as they are live.
 * A new row starts empty.
 */
public class ChangeServiceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name = "";
    private String nameEn = "";
    private String description = "";
    private String url;
    private String privacyPolicyUrl;
    private List<String> levels = new ArrayList<>();
    private boolean machtigen;
    private boolean removed;
    private final ArrayList<IdentifyingAttribute> identifyingAttributes = new ArrayList<>();
    private final ArrayList<RequestedAttribute> requestedAttributes = new ArrayList<>();

    ChangeServiceRow() {
    }

    ChangeServiceRow(ServiceDeclaration service) {
        name = service.name();
        nameEn = service.nameEn();
        description = service.description();
        url = service.url();
        privacyPolicyUrl = service.privacyPolicyUrl();
        levels = new ArrayList<>(service.minimumLevels().stream().sorted().map(Enum::name).toList());
        machtigen = service.machtigen();
        identifyingAttributes.addAll(service.identifyingAttributes());
        requestedAttributes.addAll(service.requestedAttributes());
    }

    ServiceDeclaration toDeclaration() {
        Set<AssuranceLevel> chosen = EnumSet.noneOf(AssuranceLevel.class);
        levels.forEach(level -> chosen.add(AssuranceLevel.valueOf(level)));
        return new ServiceDeclaration(name == null ? "" : name, nameEn, chosen, description, url, privacyPolicyUrl,
                Set.copyOf(identifyingAttributes), requestedAttributes, machtigen);
    }

    /** Every level a service can choose, by name, for the check boxes. */
    public static List<String> allLevels() {
        return java.util.Arrays.stream(AssuranceLevel.values()).map(Enum::name).toList();
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

    public String getPrivacyPolicyUrl() {
        return privacyPolicyUrl;
    }

    public void setPrivacyPolicyUrl(String privacyPolicyUrl) {
        this.privacyPolicyUrl = privacyPolicyUrl;
    }

    public List<String> getLevels() {
        return levels;
    }

    public void setLevels(List<String> levels) {
        this.levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
    }

    public boolean isMachtigen() {
        return machtigen;
    }

    public void setMachtigen(boolean machtigen) {
        this.machtigen = machtigen;
    }

    public boolean isRemoved() {
        return removed;
    }

    public void setRemoved(boolean removed) {
        this.removed = removed;
    }
}
