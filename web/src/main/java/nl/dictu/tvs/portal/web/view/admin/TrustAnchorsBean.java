package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.administration.TrustAnchorQueries;
import nl.dictu.tvs.portal.usecase.administration.TrustAnchorView;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.util.List;

/** The read-only trust anchors page: what the certificate check trusts. */
@Named
@RequestScoped
public class TrustAnchorsBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private TrustAnchorQueries queries;

    private List<TrustAnchorView> anchors;

    public List<TrustAnchorView> getAnchors() {
        if (anchors == null) {
            anchors = queries.anchors(currentUser.signedIn());
        }
        return anchors;
    }
}
