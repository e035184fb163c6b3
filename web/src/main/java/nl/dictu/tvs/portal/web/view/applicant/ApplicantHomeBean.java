package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicantQueries;
import nl.dictu.tvs.portal.usecase.application.ApplicationOverview;
import nl.dictu.tvs.portal.usecase.applying.DraftService;
import nl.dictu.tvs.portal.usecase.applying.DraftView;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.util.List;
import java.util.Optional;

/** The applicant's start page: their organisation, its draft and its applications. */
@Named
@RequestScoped
public class ApplicantHomeBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ApplicantQueries queries;

    @EJB
    private DraftService drafts;

    private List<ApplicationOverview> applications;
    private Optional<DraftView> draft;

    public String getOrganisationOin() {
        return currentUser.user().map(SignedInUser::organisationOin).orElse("");
    }

    /** The organisation's draft a member has saved, or null: listed with who saved it last and where to go on. */
    public DraftView getDraft() {
        if (draft == null) {
            draft = currentUser.user().flatMap(drafts::saved);
        }
        return draft.orElse(null);
    }

    public List<ApplicationOverview> getApplications() {
        if (applications == null) {
            applications = currentUser.user().map(queries::myApplications).orElse(List.of());
        }
        return applications;
    }
}
