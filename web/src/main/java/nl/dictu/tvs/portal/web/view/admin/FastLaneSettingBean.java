package nl.dictu.tvs.portal.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.change.FastLaneSetting;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;

/** The admin's setting whether a fast-lane change request is applied without a reviewer ({@code admin/live-connections.xhtml}). */
@Named
@ViewScoped
public class FastLaneSettingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private FastLaneSetting setting;

    private boolean automatic;

    @PostConstruct
    void load() {
        automatic = setting.automatic();
    }

    public String save() {
        setting.setAutomatic(currentUser.signedIn(), automatic);
        PageMessages.info(automatic ? "admin.fastLane.savedOn" : "admin.fastLane.savedOff");
        return null;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public void setAutomatic(boolean automatic) {
        this.automatic = automatic;
    }
}
