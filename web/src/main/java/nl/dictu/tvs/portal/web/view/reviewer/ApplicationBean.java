package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.web.view.PageMessages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.documents.ApplicationDocuments;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.ApplicationQueries;
import nl.dictu.tvs.portal.usecase.application.ChecklistLine;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.application.ChecklistStatus;
import nl.dictu.tvs.portal.usecase.application.MilestoneRoad;
import nl.dictu.tvs.portal.usecase.cluster.ClusterConnections;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberView;
import nl.dictu.tvs.portal.usecase.cluster.MemberAlbState;
import nl.dictu.tvs.portal.usecase.cluster.MemberVerdict;
import nl.dictu.tvs.portal.usecase.documents.DocumentView;
import nl.dictu.tvs.portal.usecase.review.DecisionKind;
import nl.dictu.tvs.portal.usecase.application.MemberItemVerdict;
import nl.dictu.tvs.portal.usecase.review.ItemVerdict;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.usecase.review.TaskCommands;
import nl.dictu.tvs.portal.usecase.application.ApplicantKindQueries;
import nl.dictu.tvs.portal.usecase.application.ApplicantKindView;
import nl.dictu.tvs.portal.usecase.application.SubmittedContentQueries;
import nl.dictu.tvs.portal.usecase.application.SubmittedContentView;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.review.HandoverChannel;
import nl.dictu.tvs.portal.usecase.review.DossierView;
import nl.dictu.tvs.portal.usecase.review.ReviewerDossier;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewer's application view ({@code reviewer/application.xhtml?reference=...&tab=...}): the dossier
 * in tabs (with the issued documents and the dossier PDF), internal notes, and a decision form per
 * open reviewer task. Only the open tab is rendered (the others when opened), and what only one tab shows
 * (the issued documents, the milestones) is read when that tab is rendered.
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
    private ReviewerDossier dossiers;

    @EJB
    private TaskCommands commands;

    @EJB
    private ChecklistQueries checklists;

    @EJB
    private ApplicationDocuments documents;

    @EJB
    private SubmittedContentQueries submittedContent;

    @EJB
    private ApplicationQueries applicationQueries;

    @EJB
    private ApplicantKindQueries applicantKinds;

    @EJB
    private ClusterConnections clusterConnections;

    private String reference;
    private String tab;
    /* What the page shows is read again on another node rather than carried in the view state. */
    private transient DossierView dossier;
    private transient ChecklistStatus checklist;
    /* Read when the documents tab is rendered. */
    private transient List<DocumentView> issuedDocuments;
    private transient SubmittedContentView content;
    /* Read when the process tab is rendered. */
    private transient MilestoneRoad road;
    private transient ApplicantKindView applicantKind;
    private transient List<ClusterMemberView> clusterMembers = List.of();
    private final Map<String, MemberVerdictForm> memberVerdicts = new HashMap<>();
    private boolean refused;
    private final Map<String, ItemVerdictForm> itemVerdicts = new HashMap<>();
    /** By member OIN and item code: the verdicts on a cluster's served organisations' own answers. */
    private final Map<String, ItemVerdictForm> memberItemVerdicts = new HashMap<>();
    private String note;
    private final Map<String, DecisionForm> decisions = new HashMap<>();

    /** After the view parameter; an unknown reference shows why instead of an error page. */
    public void load() {
        refused = false;
        try {
            dossier = dossiers.dossier(user(), reference, localeBean.getLocale());
            checklist = checklists.checklistOf(user(), reference);
            issuedDocuments = null;
            content = submittedContent.contentOf(user(), reference);
            road = null;
            applicantKind = applicantKinds.of(user(), reference, localeBean.getLocale());
            clusterMembers = clusterConnections.members(user(), reference);
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
            refused = true;
            dossier = null;
            checklist = null;
            issuedDocuments = null;
            content = null;
            road = null;
            applicantKind = null;
            clusterMembers = List.of();
        }
    }

    /** The organisation's kind, a care provider's register number and the kind of its proof of BSN entitlement. */
    public ApplicantKindView getApplicantKind() {
        return applicantKind;
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
     * Completes the task with the part of its form that the service says the task takes; a refusal
     * keeps what was filled in and says why.
     */
    public void decide(String taskId, String taskKey) {
        DecisionForm form = decision(taskId);
        record(taskId, taskKey, () -> {
            DecisionKind kind = commands.decisionKind(user(), taskId);
            if (kind == DecisionKind.TEST_ACCOUNTS) {
                dossiers.deliverTestAccounts(user(), taskId, form.getTestAccounts(), form.getChannel());
            } else if (kind == DecisionKind.VERDICT_PER_MEMBER) {
                commands.complete(user(), taskId, TaskDecision.members(memberVerdicts()));
            } else if (kind == DecisionKind.VERDICT_PER_ITEM) {
                commands.complete(user(), taskId, TaskDecision.checklist(verdicts(), memberItemVerdicts()));
            } else {
                commands.complete(user(), taskId, form.toDecision());
            }
        });
    }

    /** The checklist assessment with the items judged so far; every other item under assessment is accepted. */
    public void acceptRemaining(String taskId, String taskKey) {
        record(taskId, taskKey, () -> commands.acceptRemainingChecklistItems(user(), taskId, verdicts(),
                memberItemVerdicts()));
    }

    /**
     * Records a decision on the task: on success the form is cleared and the page says so; a refusal
     * keeps what was filled in and says why. The page then shows the application as it is now.
     */
    private void record(String taskId, String taskKey, Runnable decision) {
        try {
            decision.run();
            decisions.remove(taskId);
            itemVerdicts.clear();
            memberItemVerdicts.clear();
            memberVerdicts.clear();
            PageMessages.info("dossier.decision.saved", PageMessages.text("step." + taskKey));
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(e);
        }
        load();
    }

    /**
     * Applications with versioned checklist answers are assessed item by item (a cluster's served organisations' own
     * answers too, even when only theirs wait for a verdict); older ones as a whole.
     */
    public boolean isAssessedPerItem() {
        ensureLoaded();
        return checklist != null && (!checklist.underAssessment().isEmpty() || !checklist.membersUnderAssessment().isEmpty());
    }

    public ItemVerdictForm itemVerdict(String itemCode) {
        return itemVerdicts.computeIfAbsent(itemCode, code -> new ItemVerdictForm());
    }

    private List<ItemVerdict> verdicts() {
        ensureLoaded();
        return checklist.underAssessment().stream()
                .map(line -> itemVerdict(line.item().code()).toVerdict(line.item().code()))
                .flatMap(Optional::stream)
                .toList();
    }

    public ItemVerdictForm memberItemVerdict(String oin, String itemCode) {
        return memberItemVerdicts.computeIfAbsent(oin + "/" + itemCode, key -> new ItemVerdictForm());
    }

    /** The verdicts given on the served organisations' own answers; one left open is named by the service. */
    private List<MemberItemVerdict> memberItemVerdicts() {
        ensureLoaded();
        return checklist.membersUnderAssessment().stream().flatMap(member -> member.underAssessment().stream()
                        .map(line -> memberItemVerdict(member.oin(), line.item().code())
                                .toMemberVerdict(member.oin(), line.item().code())))
                .flatMap(Optional::stream)
                .toList();
    }

    /** A label of a member's verdict input: the bundle text with the member's name and the item's code. */
    public String memberText(String key, String memberName, String itemCode) {
        return PageMessages.text(key, memberName, itemCode);
    }

    public String itemText(ChecklistLine line) {
        return line.item().text(localeBean.getLocale());
    }

    /** Whether the application is a supplier's cluster application. */
    public boolean isCluster() {
        ensureLoaded();
        return clusterMembers != null && !clusterMembers.isEmpty();
    }

    /**
     * Whether its RvIG decisions are verified member by member: a cluster application whose members brought their own
     * (as the service decides: {@code DecisionKind.VERDICT_PER_MEMBER}).
     */
    public boolean isVerifiedPerMember() {
        return isCluster() && clusterMembers.stream().anyMatch(ClusterMemberView::hasDecision);
    }

    /** The served organisations whose RvIG decision waits for the reviewer's verdict, in the application's order. */
    public List<ClusterMemberView> getMembersToVerify() {
        return !isCluster() ? List.of() : clusterMembers.stream().filter(member -> member.albState() == MemberAlbState.DECISION_TO_VERIFY).toList();
    }

    public MemberVerdictForm memberVerdict(String oin) {
        return memberVerdicts.computeIfAbsent(oin, key -> new MemberVerdictForm());
    }

    private List<MemberVerdict> memberVerdicts() {
        return getMembersToVerify().stream().map(member -> memberVerdict(member.oin()).toVerdict(member.oin()))
                .flatMap(Optional::stream).toList();
    }

    public DecisionForm decision(String taskId) {
        return decisions.computeIfAbsent(taskId, id -> new DecisionForm());
    }

    public boolean asksAcceptOrReject(String taskKey) {
        return DecisionKind.of(taskKey, isAssessedPerItem(), isVerifiedPerMember()).takesOutcome();
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

    public HandoverChannel[] getChannels() {
        return HandoverChannel.values();
    }

    /** After the session moved to another node the transient fields are empty: read them again. */
    private void ensureLoaded() {
        if (dossier == null && !refused && reference != null) {
            load();
        }
    }

    /** The current version's fields in full; earlier versions show as their differences. */
    public DossierView.Version getCurrentVersionFields() {
        ensureLoaded();
        return dossier == null ? null : dossier.versions().stream()
                .filter(v -> v.number() == dossier.currentVersion()).findFirst().orElse(null);
    }

    /** Space-separated BPMN ids for the diagram script. */
    public String getActiveActivities() {
        ensureLoaded();
        return dossier == null ? "" : String.join(" ", dossier.activeActivityIds());
    }

    private SignedInUser user() {
        return currentUser.user().orElseThrow(() -> new IllegalStateException("The reviewer pages need a signed-in user"));
    }

    public ChecklistStatus getChecklist() {
        ensureLoaded();
        return checklist;
    }

    public List<DocumentView> getDocuments() {
        ensureLoaded();
        if (issuedDocuments == null && dossier != null) {
            issuedDocuments = documents.list(user(), reference);
        }
        return issuedDocuments == null ? List.of() : issuedDocuments;
    }

    public DossierView getDossier() {
        ensureLoaded();
        return dossier;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    /** Contacts, services and uploaded files of the current version. */
    public SubmittedContentView getContent() {
        ensureLoaded();
        return content;
    }

    /** The RvIG decision's upload, for its download link; null when there is none. */
    public SubmittedContentView.Upload getAlbDecision() {
        ensureLoaded();
        return content == null ? null : content.albDecision().orElse(null);
    }

    /** The steps passed, open now and still ahead, as the applicant's page shows them. */
    public MilestoneRoad getRoad() {
        ensureLoaded();
        if (road == null && dossier != null) {
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
