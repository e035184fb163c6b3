package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.administration.BsnProofKindAdministration;
import nl.dictu.tvs.portal.usecase.administration.BsnProofKindAdministration.ProofKindRow;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.util.List;

/** The ALB page's list of the kinds of proof of BSN entitlement care providers choose from: add, take out of use, back. */
@Named
@RequestScoped
public class BsnProofKindsBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private BsnProofKindAdministration administration;

    private String nameNl = "";
    private String nameEn = "";
    private List<ProofKindRow> kinds;

    public List<ProofKindRow> getKinds() {
        if (kinds == null) {
            kinds = administration.all(user());
        }
        return kinds;
    }

    public void add() {
        PageMessages.attempt(() -> {
            administration.add(user(), nameNl, nameEn);
            nameNl = "";
            nameEn = "";
            PageMessages.info("admin.proofKinds.added");
        });
        kinds = null;
    }

    public void setActive(long id, boolean active) {
        PageMessages.attempt(() -> {
            administration.setActive(user(), id, active);
            PageMessages.info("admin.proofKinds.changed");
        });
        kinds = null;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    private SignedInUser user() {
        return currentUser.signedIn();
    }
}
