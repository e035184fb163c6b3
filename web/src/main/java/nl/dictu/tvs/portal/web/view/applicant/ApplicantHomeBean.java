package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.account.SignedInUser;
import nl.dictu.tvs.portal.review.ApplicationOverviewQuery;
import nl.dictu.tvs.portal.review.ApplicationSummary;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.util.List;

/** The applicant's start page: their organisation and its open applications. */
@Named
@RequestScoped
public class ApplicantHomeBean {

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private ApplicationOverviewQuery overview;

    private List<ApplicationSummary> applications;

    public String getOrganisationOin() {
        return currentUser.user().map(SignedInUser::organisationOin).orElse("");
    }

    public List<ApplicationSummary> getApplications() {
        if (applications == null) {
            applications = currentUser.user()
                    .map(SignedInUser::organisationOin)
                    .map(overview::openApplicationsOf)
                    .orElse(List.of());
        }
        return applications;
    }
}
