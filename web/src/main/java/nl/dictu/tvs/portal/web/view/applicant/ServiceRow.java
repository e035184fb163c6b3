package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** One service in the correction form: name, description and URL editable; the levels as submitted. */
public class ServiceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String description;
    private String url;
    private final ArrayList<AssuranceLevel> levels;

    ServiceRow(ServiceDeclaration service) {
        name = service.name();
        description = service.description();
        url = service.url();
        levels = new ArrayList<>(service.minimumLevels().stream().sorted().toList());
    }

    ServiceDeclaration toDeclaration() {
        return new ServiceDeclaration(name == null ? "" : name, EnumSet.copyOf(levels), description, url);
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
