package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.web.view.PageMessages;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.documents.ApplicationDocuments;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.ApplicationQueries;
import nl.dictu.tvs.portal.usecase.application.ChecklistLine;
import nl.dictu.tvs.portal.usecase.application.ChecklistStatus;
import nl.dictu.tvs.portal.usecase.application.MilestoneRoad;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberView;
import nl.dictu.tvs.portal.usecase.cluster.MemberAlbState;
import nl.dictu.tvs.portal.usecase.documents.DocumentView;
import nl.dictu.tvs.portal.usecase.application.ApplicantKindView;
import nl.dictu.tvs.portal.usecase.application.SubmittedContentView;
import nl.dictu.tvs.portal.usecase.review.DossierView;
import nl.dictu.tvs.portal.usecase.review.ReviewerApplicationPage;
import nl.dictu.tvs.portal.usecase.review.ReviewerApplicationView;
import nl.dictu.tvs.portal.usecase.review.ReviewerDossier;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewer's application view ({@code reviewer/application.xhtml?reference=...&tab=...}): the dossier
 * in tabs (with the issued documents and the dossier PDF) and internal notes; the decision forms of the open
 * reviewer tasks are {@link ReviewerDecisionsBean}'s. Only the open tab is built and rendered (another when opened), and
 * what only one tab shows (the issued documents, the milestones) is read when that tab is rendered.
 */
@Named
@ViewScoped
public class ApplicationBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SERVICE_FIELD = "dossier.field.service:";
    private static final String SERVICE_DETAILS_FIELD = "dossier.field.serviceDetails:";
    private static final String CHECKLIST_FIELD = "dossier.field.checklist:";
    /** bpmn-js from its webjar (org.webjars.npm:bpmn-js), served by the WAR: no CDN. */
    public static final String BPMN_JS = "/webjars/bpmn-js/8.0.0/dist/";

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean localeBean;

    @EJB
    private ReviewerApplicationPage page;

    @EJB
    private ReviewerDossier dossiers;

    @EJB
    private ApplicationDocuments documents;

    @EJB
    private ApplicationQueries applicationQueries;

    private String reference;
    private String tab;
    /* What the page shows is read again on another node rather than carried in the view state. */
    private transient ReviewerApplicationView view;
    /* Read when the documents tab is rendered. */
    private transient List<DocumentView> issuedDocuments;
    /* Read when the process tab is rendered. */
    private transient MilestoneRoad road;
    private boolean refused;
    private String note;

    /** After the view parameter; an unknown reference shows why instead of an error page. */
    public void load() {
        refused = false;
        view = null;
        issuedDocuments = null;
        road = null;
        try {
            view = page.read(user(), reference, localeBean.getLocale());
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
            refused = true;
        }
    }

    /** What the page shows; empty when the application could not be read (the page says why). */
    private Optional<ReviewerApplicationView> view() {
        if (view == null && !refused && reference != null) {
            // after the session moved to another node the transient fields are empty: read them again
            load();
        }
        return Optional.ofNullable(view);
    }

    /** The organisation's kind, a care provider's register number and the kind of its proof of BSN entitlement. */
    public ApplicantKindView getApplicantKind() {
        return view().map(ReviewerApplicationView::applicantKind).orElse(null);
    }

    /** One PDF of everything issued so far, with the application's data attached; made anew only when something changed. */
    public void makeDossier() {
        try {
            documents.dossier(user(), reference);
            PageMessages.info("dossier.documents.made");
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
        load();
    }

    public void addNote() {
        try {
            dossiers.addNote(user(), reference, note);
            note = null;
            PageMessages.info("dossier.note.added");
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
        load();
    }

    /**
     * Applications with versioned checklist answers are assessed item by item (a cluster's served organisations' own
     * answers too, even when only theirs wait for a verdict); older ones as a whole.
     */
    public boolean isAssessedPerItem() {
        return view().map(ReviewerApplicationView::checklist)
                .filter(checklist -> !checklist.underAssessment().isEmpty() || !checklist.membersUnderAssessment().isEmpty())
                .isPresent();
    }

    public String itemText(ChecklistLine line) {
        return line.item().text(localeBean.getLocale());
    }

    /** Whether the application is a supplier's cluster application. */
    public boolean isCluster() {
        return !getClusterMembers().isEmpty();
    }

    /** The organisations a supplier's cluster application serves; empty for an application of one organisation. */
    public List<ClusterMemberView> getClusterMembers() {
        return view().map(ReviewerApplicationView::clusterMembers).orElse(List.of());
    }

    /** Whether DICTU may end the application's connection now: it is registered and not yet terminated. */
    public boolean isTerminable() {
        return view().map(ReviewerApplicationView::terminable).orElse(false);
    }

    /**
     * Whether its RvIG decisions are verified member by member: a cluster application whose members brought their own
     * (as the service decides: {@code DecisionKind.VERDICT_PER_MEMBER}).
     */
    public boolean isVerifiedPerMember() {
        return getClusterMembers().stream().anyMatch(ClusterMemberView::hasDecision);
    }

    /** The served organisations whose RvIG decision waits for the reviewer's verdict, in the application's order. */
    public List<ClusterMemberView> getMembersToVerify() {
        return getClusterMembers().stream().filter(member -> member.albState() == MemberAlbState.DECISION_TO_VERIFY).toList();
    }

    /** The label of a form field: a service's name, a checklist item's code, or the field's bundle text. */
    public String fieldLabel(String field) {
        if (field.startsWith(CHECKLIST_FIELD)) {
            return PageMessages.text("dossier.field.checklist", field.substring(CHECKLIST_FIELD.length()));
        }
        if (field.startsWith(SERVICE_DETAILS_FIELD)) {
            return PageMessages.text("dossier.field.serviceDetails", field.substring(SERVICE_DETAILS_FIELD.length()));
        }
        return field.startsWith(SERVICE_FIELD)
                ? PageMessages.text("dossier.field.service", field.substring(SERVICE_FIELD.length()))
                : PageMessages.text(field);
    }

    /** The step's name, or its BPMN id for elements without one (gateways, service tasks). */
    public String stepName(String elementId) {
        return elementId == null ? "" : PageMessages.textOr("step." + elementId, elementId);
    }

    public String getBpmnViewerScript() {
        return BPMN_JS + "bpmn-viewer.production.min.js";
    }

    public String getBpmnViewerStylesheet() {
        return BPMN_JS + "assets/diagram-js.css";
    }

    /** The current version's fields in full; earlier versions show as their differences. */
    public DossierView.Version getCurrentVersionFields() {
        return view().map(ReviewerApplicationView::dossier).flatMap(dossier -> dossier.versions().stream()
                .filter(v -> v.number() == dossier.currentVersion()).findFirst()).orElse(null);
    }

    /** Space-separated BPMN ids for the diagram script. */
    public String getActiveActivities() {
        return view().map(shown -> String.join(" ", shown.dossier().activeActivityIds())).orElse("");
    }

    private SignedInUser user() {
        return currentUser.signedIn();
    }

    public ChecklistStatus getChecklist() {
        return view().map(ReviewerApplicationView::checklist).orElse(null);
    }

    public List<DocumentView> getDocuments() {
        if (issuedDocuments == null && view().isPresent()) {
            issuedDocuments = documents.list(user(), reference);
        }
        return issuedDocuments == null ? List.of() : issuedDocuments;
    }

    public DossierView getDossier() {
        return view().map(ReviewerApplicationView::dossier).orElse(null);
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    /** Contacts, services and uploaded files of the current version. */
    public SubmittedContentView getContent() {
        return view().map(ReviewerApplicationView::content).orElse(null);
    }

    /** The RvIG decision's upload, for its download link; null when there is none. */
    public SubmittedContentView.Upload getAlbDecision() {
        return view().flatMap(shown -> shown.content().albDecision()).orElse(null);
    }

    /** The steps passed, open now and still ahead, as the applicant's page shows them. */
    public MilestoneRoad getRoad() {
        if (road == null && view().isPresent()) {
            road = applicationQueries.road(user(), reference);
        }
        return road;
    }

    /** The open tab's name ({@code tab=process}), so that a link or a reload opens the tab it names. */
    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    /** The open tab's place: the named one, else the first (the form). */
    public int getActiveIndex() {
        return DossierTabs.indexOf(tab);
    }

    /**
     * Whether the page builds the named tab's content in this request: only for the tab it shows (the open one, or the
     * one the tab view fetches now). Evaluated while the view is built, on a GET after the view parameters.
     */
    public boolean builds(String name) {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return name.equals(DossierTabs.shown(parameters, tab));
    }

    /** Set by the tab view from the tab opened in the browser, so that a postback renders the same one. */
    public void setActiveIndex(int index) {
        tab = DossierTabs.nameAt(index);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
