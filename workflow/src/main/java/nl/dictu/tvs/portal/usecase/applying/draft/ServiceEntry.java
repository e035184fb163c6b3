package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.LoginMeans;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A service as typed in the wizard. {@link #getLevels()} maps each login means (its enum name) to
 * the chosen minimum level (an {@link AssuranceLevel} name), or to "" when the service does not
 * offer that login means.
 */
public class ServiceEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name = "";
    private String description = "";
    private String url = "";
    private final Map<String, String> levels = new LinkedHashMap<>();

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

    public boolean isEmpty() {
        return name.isBlank() && description.isBlank() && url.isBlank() && chosenLevels().isEmpty();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.orEmpty(name);
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

    /** Mutable: the pages bind one select per login means to {@code levels['DIGID']} and so on. */
    public Map<String, String> getLevels() {
        return levels;
    }
}
