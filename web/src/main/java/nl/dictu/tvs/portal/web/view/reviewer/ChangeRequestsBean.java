package nl.dictu.tvs.portal.web.view.reviewer;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.change.ChangeRequestView;
import nl.dictu.tvs.portal.usecase.change.ChangeReviews;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.io.Serializable;
import java.util.List;

/** The change requests in progress: to decide, or applied and to load into TVS ({@code reviewer/changes.xhtml}). */
@Named
@ViewScoped
public class ChangeRequestsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ChangeReviews reviews;

    private List<ChangeRequestView> requests = List.of();

    public void load() {
        requests = reviews.inProgress(currentUser.signedIn(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<ChangeRequestView> getRequests() {
        return requests;
    }
}
