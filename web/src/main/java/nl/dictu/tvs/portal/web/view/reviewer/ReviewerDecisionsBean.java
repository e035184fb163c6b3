package nl.dictu.tvs.portal.web.view.reviewer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.review.HandoverChannel;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.ChecklistStatus;
import nl.dictu.tvs.portal.usecase.application.MemberItemVerdict;
import nl.dictu.tvs.portal.usecase.cluster.MemberVerdict;
import nl.dictu.tvs.portal.usecase.review.DecisionKind;
import nl.dictu.tvs.portal.usecase.review.ItemVerdict;
import nl.dictu.tvs.portal.usecase.review.ReviewerDossier;
import nl.dictu.tvs.portal.usecase.review.TaskCommands;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decision forms of the reviewer's application view, one per open reviewer task: accept or reject with a
 * reason, the verdicts per checklist item (a cluster's served organisations' own answers too) and per served
 * organisation's RvIG decision, references and test accounts. What the application is comes from
 * {@link ApplicationBean} (an application it could not read has no verdicts to give, and the service says why);
 * the service decides which part of a form a task takes.
 */
@Named("reviewerDecisions")
@ViewScoped
public class ReviewerDecisionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationBean application;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private TaskCommands commands;

    @EJB
    private ReviewerDossier dossiers;

    private final Map<String, DecisionForm> decisions = new HashMap<>();
    private final Map<String, ItemVerdictForm> itemVerdicts = new HashMap<>();
    /** By member OIN and item code: the verdicts on a cluster's served organisations' own answers. */
    private final Map<String, ItemVerdictForm> memberItemVerdicts = new HashMap<>();
    private final Map<String, MemberVerdictForm> memberVerdicts = new HashMap<>();

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
        application.load();
    }

    public DecisionForm decision(String taskId) {
        return decisions.computeIfAbsent(taskId, id -> new DecisionForm());
    }

    public boolean asksAcceptOrReject(String taskKey) {
        return DecisionKind.of(taskKey, application.isAssessedPerItem(), application.isVerifiedPerMember()).takesOutcome();
    }

    public ItemVerdictForm itemVerdict(String itemCode) {
        return itemVerdicts.computeIfAbsent(itemCode, code -> new ItemVerdictForm());
    }

    public ItemVerdictForm memberItemVerdict(String oin, String itemCode) {
        return memberItemVerdicts.computeIfAbsent(oin + "/" + itemCode, key -> new ItemVerdictForm());
    }

    public MemberVerdictForm memberVerdict(String oin) {
        return memberVerdicts.computeIfAbsent(oin, key -> new MemberVerdictForm());
    }

    /** A label of a member's verdict input: the bundle text with the member's name and the item's code. */
    public String memberText(String key, String memberName, String itemCode) {
        return PageMessages.text(key, memberName, itemCode);
    }

    public HandoverChannel[] getChannels() {
        return HandoverChannel.values();
    }

    private List<ItemVerdict> verdicts() {
        ChecklistStatus checklist = application.getChecklist();
        return checklist == null ? List.of() : checklist.underAssessment().stream()
                .map(line -> itemVerdict(line.item().code()).toVerdict(line.item().code()))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The verdicts given on the served organisations' own answers; one left open is named by the service. */
    private List<MemberItemVerdict> memberItemVerdicts() {
        ChecklistStatus checklist = application.getChecklist();
        return checklist == null ? List.of() : checklist.membersUnderAssessment().stream().flatMap(member -> member.underAssessment().stream()
                        .map(line -> memberItemVerdict(member.oin(), line.item().code())
                                .toMemberVerdict(member.oin(), line.item().code())))
                .flatMap(Optional::stream)
                .toList();
    }

    private List<MemberVerdict> memberVerdicts() {
        return application.getMembersToVerify().stream()
                .map(member -> memberVerdict(member.oin()).toVerdict(member.oin()))
                .flatMap(Optional::stream).toList();
    }

    private SignedInUser user() {
        return currentUser.signedIn();
    }
}
