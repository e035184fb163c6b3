package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import nl.dictu.tvs.portal.usecase.application.ApplicationQueries;
import nl.dictu.tvs.portal.usecase.application.ApplicationStatusView;
import nl.dictu.tvs.portal.usecase.application.WaitingFor;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.util.List;
import java.util.Optional;

/**
 * After submission: the new application's reference and who is next. Only the organisation's own
 * applications are looked at, so another reference in the URL shows nothing.
 */
@Named
@RequestScoped
public class SubmittedBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ApplicationQueries queries;

    @Inject
    private HttpServletRequest request;

    private String reference;
    private Optional<ApplicationStatusView> application;

    @PostConstruct
    void readReference() {
        reference = request.getParameter("reference");
    }

    public Optional<ApplicationStatusView> application() {
        if (application == null) {
            List<ApplicationStatusView> own = currentUser.user().map(queries::myApplications).orElse(List.of());
            application = own.stream().filter(a -> a.reference().equals(reference)).findFirst();
        }
        return application;
    }

    public boolean isFound() {
        return application().isPresent();
    }

    /**
     * Who is next. Right after submission the process runs its automated checks, DICTU's work,
     * before any task is open; that is not "nobody".
     */
    public String getWaitingFor() {
        return application().map(a -> a.waitingFor() == WaitingFor.NOBODY
                && ApplicationStatusView.IN_PROGRESS.equals(a.status()) ? WaitingFor.DICTU : a.waitingFor())
                .map(Enum::name).orElse("");
    }

    public String getReference() {
        return reference;
    }
}
