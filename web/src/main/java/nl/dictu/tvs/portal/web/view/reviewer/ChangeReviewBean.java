package nl.dictu.tvs.portal.web.view.reviewer;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.change.ChangeRequestView;
import nl.dictu.tvs.portal.usecase.change.ChangeReviews;
import nl.dictu.tvs.portal.usecase.change.ExportFile;
import nl.dictu.tvs.portal.web.NotFound;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A change request as a reviewer works it ({@code reviewer/change-request.xhtml?reference=}): the differences and
 * checks, the decision (accept, or refuse with a reason), the export of what to load into TVS and recording the
 * load ("Laden in TVS").
 */
@Named
@ViewScoped
public class ChangeReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ChangeReviews reviews;

    private String reference;
    private String reason;
    private ChangeRequestView request;

    public void load() {
        if (reference == null || reference.isBlank()) {
            return;
        }
        try {
            request = reviews.view(user(), reference, locale());
        } catch (AccessRefusedException e) {
            if (!NotFound.is(e)) {
                throw e;
            }
            PageMessages.notFound();
        }
    }

    public String accept() {
        return decide(true);
    }

    public String refuse() {
        return decide(false);
    }

    private String decide(boolean accepted) {
        try {
            reviews.decide(user(), reference, accepted, reason);
            PageMessages.info(accepted ? "change.review.accepted" : "change.review.refused", reference);
            reason = null;
        } catch (ActionRefusedException e) {
            e.all().forEach(refusal -> PageMessages.refusal(refusal.field() == null ? null : "decision:" + refusal.field(), refusal));
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
        request = reviews.view(user(), reference, locale());
        return null;
    }

    public String loaded() {
        try {
            reviews.loaded(user(), reference);
            PageMessages.info("change.review.loadedRecorded", reference);
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
        request = reviews.view(user(), reference, locale());
        return null;
    }

    /** Sends the export of what to load into TVS as a JSON download. */
    public void export() throws IOException {
        ExportFile file = reviews.export(user(), reference);
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/json");
        external.setResponseHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        external.setResponseContentLength(file.content().length);
        external.getResponseOutputStream().write(file.content());
        context.responseComplete();
    }

    private SignedInUser user() {
        return currentUser.signedIn();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isDecisionOpen() {
        return request != null && request.taskKey() != null && !"loadIntoTvs".equals(request.taskKey());
    }

    public boolean isLoadOpen() {
        return request != null && "loadIntoTvs".equals(request.taskKey());
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getReasonMax() {
        return ChangeReviews.REASON_MAX;
    }

    public ChangeRequestView getRequest() {
        return request;
    }
}
