package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicantQueries;
import nl.dictu.tvs.portal.usecase.application.ApplicationOverview;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.util.List;

/** The applicant's start page: their organisation and its applications. */
@Named
@RequestScoped
public class ApplicantHomeBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ApplicantQueries queries;

    private List<ApplicationOverview> applications;

    public String getOrganisationOin() {
        return currentUser.user().map(SignedInUser::organisationOin).orElse("");
    }

    public List<ApplicationOverview> getApplications() {
        if (applications == null) {
            applications = currentUser.user().map(queries::myApplications).orElse(List.of());
        }
        return applications;
    }
}
