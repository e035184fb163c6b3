package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.change.ChangeRequestView;
import nl.dictu.tvs.portal.usecase.change.ChangeRequests;
import nl.dictu.tvs.portal.usecase.change.ChangeableConnection;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.io.Serializable;
import java.util.List;

/** The organisation's live connections and their change requests ({@code applicant/changes.xhtml}). */
@Named
@ViewScoped
public class ChangesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ChangeRequests changes;

    private List<ChangeableConnection> connections = List.of();
    private List<ChangeRequestView> requests = List.of();

    public void load() {
        var user = currentUser.signedIn();
        connections = changes.connections(user);
        requests = connections.stream().map(ChangeableConnection::reference).distinct()
                .flatMap(reference -> changes.ofApplication(user, reference,
                        FacesContext.getCurrentInstance().getViewRoot().getLocale()).stream())
                .toList();
    }

    public List<ChangeableConnection> getConnections() {
        return connections;
    }

    public List<ChangeRequestView> getRequests() {
        return requests;
    }
}
