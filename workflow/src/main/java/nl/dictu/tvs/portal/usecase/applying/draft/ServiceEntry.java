package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.IdentifyingAttribute;
import nl.dictu.tvs.portal.domain.application.LoginMeans;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service as typed in the wizard: {@code name} is its Dutch name, {@code url} the address describing it.
 * {@link #getLevels()} maps each login means (its enum name) to the chosen minimum level (an
 * {@link AssuranceLevel} name), or to "" when the service does not offer that login means.
 */
public class ServiceEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name = "";
    private String nameEn = "";
    private String description = "";
    private String url = "";
    private String privacyPolicyUrl = "";
    private final Map<String, String> levels = new LinkedHashMap<>();
    private final ArrayList<String> identifyingAttributes = new ArrayList<>();
    private final ArrayList<AttributeEntry> attributes = new ArrayList<>();
    private boolean machtigen;

    public ServiceEntry() {
        for (LoginMeans means : LoginMeans.values()) {
            levels.put(means.name(), "");
        }
    }

    /** The levels chosen, ignoring any that do not name a level of their own login means. */
    public Set<AssuranceLevel> chosenLevels() {
        Set<AssuranceLevel> chosen = EnumSet.noneOf(AssuranceLevel.class);
        for (LoginMeans means : LoginMeans.values()) {
            String value = levels.get(means.name());
            for (AssuranceLevel level : AssuranceLevel.values()) {
                if (level.name().equals(value) && level.loginMeans() == means) {
                    chosen.add(level);
                }
            }
        }
        return chosen;
    }

    /** The identifying attribute types chosen, ignoring unknown names. */
    public Set<IdentifyingAttribute> chosenIdentifyingAttributes() {
        Set<IdentifyingAttribute> chosen = EnumSet.noneOf(IdentifyingAttribute.class);
        for (IdentifyingAttribute type : IdentifyingAttribute.values()) {
            if (identifyingAttributes.contains(type.name())) {
                chosen.add(type);
            }
        }
        return chosen;
    }

    public boolean isEmpty() {
        return name.isBlank() && nameEn.isBlank() && description.isBlank() && url.isBlank() && privacyPolicyUrl.isBlank()
                && chosenLevels().isEmpty() && identifyingAttributes.isEmpty() && attributes.isEmpty() && !machtigen;
    }

    public void addAttribute() {
        attributes.add(new AttributeEntry());
    }

    public void removeAttribute(int index) {
        if (index >= 0 && index < attributes.size()) {
            attributes.remove(index);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.orEmpty(name);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = Text.orEmpty(nameEn);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Text.orEmpty(description);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = Text.orEmpty(url);
    }

    public String getPrivacyPolicyUrl() {
        return privacyPolicyUrl;
    }

    public void setPrivacyPolicyUrl(String privacyPolicyUrl) {
        this.privacyPolicyUrl = Text.orEmpty(privacyPolicyUrl);
    }

    /** The identifying attribute types ({@link IdentifyingAttribute} names) as checked. */
    public List<String> getIdentifyingAttributes() {
        return identifyingAttributes;
    }

    public void setIdentifyingAttributes(List<String> identifyingAttributes) {
        this.identifyingAttributes.clear();
        if (identifyingAttributes != null) {
            this.identifyingAttributes.addAll(identifyingAttributes);
        }
    }

    /** Mutable: the pages bind one row per requested attribute. */
    public List<AttributeEntry> getAttributes() {
        return attributes;
    }

    public boolean isMachtigen() {
        return machtigen;
    }

    public void setMachtigen(boolean machtigen) {
        this.machtigen = machtigen;
    }

    /** Mutable: the pages bind one select per login means to {@code levels['DIGID']} and so on. */
    public Map<String, String> getLevels() {
        return levels;
    }
}
