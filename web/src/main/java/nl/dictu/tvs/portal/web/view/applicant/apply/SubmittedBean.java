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
import nl.dictu.tvs.portal.usecase.documents.ApplicationDocuments;
import nl.dictu.tvs.portal.usecase.documents.DocumentView;
import nl.dictu.tvs.portal.domain.document.DocumentKind;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * After submission: the new application's reference, its next step (the tasks the process has
 * open, or its automated checks while those run) and who is next, with links to the application
 * and its receipt. Only the organisation's own applications are looked at, so another reference in
 * the URL shows nothing.
 */
@Named
@RequestScoped
public class SubmittedBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ApplicationQueries queries;

    @EJB
    private ApplicationDocuments documents;

    @Inject
    private LocaleBean localeBean;

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

    /** Who is next (see {@link ApplicationStatusView#next()}). */
    public String getWaitingFor() {
        return application().map(ApplicationStatusView::next).map(Enum::name).orElse("");
    }

    /** The names of the tasks open now, the process's next step; empty while its automated checks run. */
    public String getNextSteps() {
        return application().map(a -> a.nextStepKeys().stream()
                .map(key -> Bundle.text(localeBean.getLocale(), "step." + key))
                .collect(Collectors.joining(", "))).orElse("");
    }

    public boolean isAutomatedStepRunning() {
        return application().map(ApplicationStatusView::automatedStepRunning).orElse(false);
    }

    /** The newest receipt, once it is issued (a moment after submission). */
    public Optional<DocumentView> getReceipt() {
        if (!isFound()) {
            return Optional.empty();
        }
        return currentUser.user().flatMap(user -> documents.list(user, reference).stream()
                .filter(d -> DocumentKind.RECEIPT.name().equals(d.kind()))
                .max(Comparator.comparingInt(DocumentView::round)));
    }

    public String getReference() {
        return reference;
    }
}
