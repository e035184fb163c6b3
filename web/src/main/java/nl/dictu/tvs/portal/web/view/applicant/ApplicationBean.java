package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.web.view.PageMessages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.usecase.application.ApplicantApplicationPage;
import nl.dictu.tvs.portal.usecase.application.ApplicantApplicationView;
import nl.dictu.tvs.portal.usecase.application.ApplicantDossier;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.ApplicationStatusView;
import nl.dictu.tvs.portal.usecase.application.CheckFindings;
import nl.dictu.tvs.portal.usecase.application.ChecklistStatus;
import nl.dictu.tvs.portal.shared.findings.ReadableFinding;
import nl.dictu.tvs.portal.usecase.documents.DocumentView;
import nl.dictu.tvs.portal.usecase.review.TaskCommands;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.usecase.application.MilestoneRoad;
import nl.dictu.tvs.portal.usecase.task.TaskSummary;
import nl.dictu.tvs.portal.usecase.application.SubmittedContentView;
import nl.dictu.tvs.portal.web.NotFound;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ACKNOWLEDGE_TEST_ACCOUNTS;

/**
 * One application of the applicant's organisation ({@code ?reference=}): where it stands, the
 * open task, ServiceUUIDs, findings, checklist, the issued documents and history. Another organisation's application
 * answers 404, exactly like one that does not exist. View scoped so that the confirmation button
 * finds its application on the postback; what it shows is read anew after every action.
 */
@Named("applicantApplicationBean")
@ViewScoped
public class ApplicationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a task page may report back ({@code ?done=}); the bundle's {@code applicant.done.<x>}. */
    static final String ACKNOWLEDGE_BUTTON = "acknowledgeForm:acknowledge";

    static final Set<String> DONE = Set.of("corrected", "albDecisionUploaded", "reworked", "acknowledged", "productionRequested", "withdrawn",
            "preproductionMetadataUpdated", "serviceUuidInAuthnRequest", "terminated");

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean localeBean;

    @EJB
    private ApplicantApplicationPage page;

    @EJB
    private TaskCommands taskCommands;

    private String reference;
    private String done;
    /* Read anew after every action, and on another node rather than carried in the view state. */
    private transient ApplicantApplicationView view;
    private boolean acknowledgeHandled;

    /** The view action: 404 for an application that is not the organisation's. */
    public void load() {
        try {
            getDossier();
        } catch (AccessRefusedException e) {
            if (!NotFound.is(e)) {
                throw e;
            }
            PageMessages.notFound();
        }
    }

    private ApplicantApplicationView view() {
        if (view == null) {
            view = page.read(user(), reference, localeBean.getLocale());
        }
        return view;
    }

    public ApplicantDossier getDossier() {
        return view().dossier();
    }

    /** The findings of one of the dossier's checks, written for the reader. */
    public List<ReadableFinding> findingsOf(CheckFindings check) {
        return view().findingsOf(check);
    }

    public ChecklistStatus getChecklist() {
        return view().checklist();
    }

    /** The documents the portal issued for the application (receipt, assessment, letters), in the order issued. */
    public List<DocumentView> getDocuments() {
        return view().documents();
    }

    /** Contacts and uploaded files of the current version (the services have their own section). */
    public SubmittedContentView getContent() {
        return view().content();
    }

    /** The steps passed, open now and still ahead on the way to a live connection. */
    public MilestoneRoad getRoad() {
        return MilestoneRoad.of(getDossier().status());
    }

    /** The name of the step an element id stands for, or empty when the applicant is not shown it. */
    public String stepName(String elementId) {
        return MilestoneRoad.shows(elementId) ? PageMessages.text("applicant.milestone." + elementId) : "";
    }

    public List<TaskSummary> getApplicantTasks() {
        return ApplicantTasks.open(getDossier().status());
    }

    /** The page of a task's form, or null when the task is done on this page. */
    public String formOf(String taskKey) {
        return ApplicantTasks.FORMS.get(taskKey);
    }

    /** Whether the connection is live and not yet terminated, so the organisation may end it. */
    public boolean isTerminable() {
        return view().terminable();
    }

    public boolean isInProgress() {
        return ApplicationStatusView.IN_PROGRESS.equals(getDossier().status().status());
    }

    public String getDoneMessage() {
        return done != null && DONE.contains(done) ? PageMessages.text("applicant.done." + done) : null;
    }

    /**
     * The confirmation button: while the task is open, and on the request that pressed it, so that
     * pressing it after a colleague already confirmed still reaches the action and its message.
     */
    public boolean isAcknowledgeFormShown() {
        boolean pressed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .containsKey(ACKNOWLEDGE_BUTTON);
        return pressed && !acknowledgeHandled || ApplicantTasks.open(getDossier().status(), ACKNOWLEDGE_TEST_ACCOUNTS).isPresent();
    }

    public String acknowledgeTestAccounts() {
        acknowledgeHandled = true;
        view = null;
        Optional<TaskSummary> task = ApplicantTasks.open(getDossier().status(), ACKNOWLEDGE_TEST_ACCOUNTS);
        if (task.isEmpty()) {
            PageMessages.error(null, "task.alreadyCompleted");
            return null;
        }
        try {
            taskCommands.complete(user(), task.get().taskId(), TaskDecision.none());
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(null, e);
            view = null;
            return null;
        }
        return ApplicantTasks.backToApplication(getDossier().reference(), "acknowledged");
    }

    private SignedInUser user() {
        return currentUser.signedIn();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }
}
