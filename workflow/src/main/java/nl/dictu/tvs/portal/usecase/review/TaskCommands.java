package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.usecase.task.ExpectedRefusals;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.domain.application.MessageLabel;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.TaskAlreadyCompletedException;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.usecase.application.ChecklistProgress;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.application.MemberChecklists;
import nl.dictu.tvs.portal.usecase.application.MemberItemVerdict;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberRules;
import nl.dictu.tvs.portal.usecase.cluster.MemberDecisions;
import nl.dictu.tvs.portal.usecase.documents.DocumentJobs;
import nl.dictu.tvs.portal.usecase.task.OpenTask;
import nl.dictu.tvs.portal.usecase.task.TaskCompletion;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.checklist.ChecklistDefinition;
import nl.dictu.tvs.portal.domain.checklist.ChecklistPhase;
import nl.dictu.tvs.portal.domain.checklist.ChecklistReopening;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.checklist.ChecklistVerdict;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.usecase.review.FourEyesRule;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_PRODUCTION_REQUEST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REQUEST_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REWORK_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_ALB_DECISION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_PREPRODUCTION_METADATA;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.VERIFY_ALB_DECISION;

/**
 * Claiming, releasing and completing tasks, with the decision each task records. Tasks that take
 * new content (corrections, the production request) complete through {@link ApplicationCommands}.
 */
@Stateless
public class TaskCommands {

    static final List<String> CONTENT_TASKS = List.of(CORRECT_APPLICATION, REQUEST_PRODUCTION, CORRECT_PRODUCTION_REQUEST,
            REWORK_CHECKLIST, UPLOAD_ALB_DECISION, UPLOAD_PREPRODUCTION_METADATA);

    @Inject
    private TaskService tasks;

    @Inject
    private RuntimeService runtime;

    @Inject
    private IdentityService identity;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private Auditor auditor;

    @Inject
    private ChecklistRepository checklists;

    @Inject
    private Clock clock;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private MemberDecisions memberDecisions;

    @Inject
    private MemberChecklists memberChecklists;

    public TaskCommands() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public TaskCommands(TaskService tasks, RuntimeService runtime, IdentityService identity,
                        ApplicationRepository applications, Auditor auditor, ChecklistRepository checklists,
                        Clock clock, UserAccountRepository accounts, MemberDecisions memberDecisions,
                        MemberChecklists memberChecklists) {
        this.memberChecklists = memberChecklists;
        this.accounts = accounts;
        this.memberDecisions = memberDecisions;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.applications = applications;
        this.auditor = auditor;
        this.checklists = checklists;
        this.clock = clock;
    }

    public void claim(SignedInUser actor, String taskId) {
        OpenTask task = workableTask(actor, taskId);
        try {
            tasks.claim(taskId, actor.username());
        } catch (TaskAlreadyClaimedException e) {
            throw new ActionRefusedException("task.claimedByOther", task.task().getAssignee());
        }
        audit(actor, "taskClaimed", task, Map.of(), Map.of("assignee", actor.username()));
    }

    public void unclaim(SignedInUser actor, String taskId) {
        OpenTask task = workableTask(actor, taskId);
        if (!actor.username().equals(task.task().getAssignee())) {
            throw new ActionRefusedException("task.notClaimedByYou", taskId);
        }
        tasks.setAssignee(taskId, null);
        audit(actor, "taskUnclaimed", task, Map.of("assignee", actor.username()), Map.of());
    }

    /**
     * Gives a reviewer task to a colleague (an enabled reviewer): an unclaimed task, or one the
     * actor holds. A task someone else holds stays theirs.
     */
    public void handOver(SignedInUser actor, String taskId, String colleague) {
        OpenTask task = workableTask(actor, taskId);
        if (!ConnectionRequestModel.REVIEWER_TASKS.contains(task.key())) {
            throw new ActionRefusedException("task.handOverReviewerTasksOnly", MessageLabel.of("step." + task.key()));
        }
        UserAccount to = accounts.findByUsername(colleague == null ? "" : colleague)
                .filter(a -> a.isEnabled() && a.hasRole(Role.REVIEWER))
                .orElseThrow(() -> new ActionRefusedException("task.handOverNotAReviewer", String.valueOf(colleague)));
        String assignee = task.task().getAssignee();
        if (assignee != null && !assignee.equals(actor.username())) {
            throw new ActionRefusedException("task.claimedByOther", accounts.displayNameOf(assignee));
        }
        tasks.setAssignee(taskId, to.getUsername());
        audit(actor, "taskHandedOver", task, assignee == null ? Map.of() : Map.of("assignee", assignee),
                Map.of("assignee", to.getUsername()));
    }

    /** Completes the task with the decision; a task claimed by someone else stays theirs. */
    public void complete(SignedInUser actor, String taskId, TaskDecision decision) {
        OpenTask task = workableTask(actor, taskId);
        if (CONTENT_TASKS.contains(task.key())) {
            throw new ActionRefusedException("task.completeWithForm", MessageLabel.of("step." + task.key()));
        }
        String assignee = task.task().getAssignee();
        if (assignee != null && !assignee.equals(actor.username())) {
            throw new ActionRefusedException("task.claimedByOther", accounts.displayNameOf(assignee));
        }
        decisionKind(task).requireFits(decision);
        if (FourEyesRule.refusal(task.key(), actor.username(),
                name -> runtime.getVariable(task.task().getProcessInstanceId(), name)).isPresent()) {
            throw ExpectedRefusals.logged(new ActionRefusedException("task.fourEyes", actor.displayName()), actor, task.key(), taskId);
        }
        TaskDecision effective = ASSESS_CHECKLIST.equals(task.key()) ? assessChecklist(actor, task, decision)
                : decisionKind(task) == DecisionKind.VERDICT_PER_MEMBER ? verifyMemberDecisions(actor, task, decision)
                : decision;
        Map<String, Object> variables = DecisionVariables.of(task.key(), effective);
        new TaskCompletion(tasks, identity).complete(actor, taskId, variables);
        Map<String, String> after = new LinkedHashMap<>();
        variables.forEach((name, value) -> after.put(name, String.valueOf(value)));
        Long applicationId = audit(actor, "taskCompleted", task, Map.of(), after);
        if (ASSESS_CHECKLIST.equals(task.key()) && applicationId != null) {
            DocumentJobs.scheduleChecklistReport(tasks, applicationId);
        }
        if (ASSESS_PRODUCTION.equals(task.key()) && Boolean.TRUE.equals(decision.accepted())) {
            acceptProductionItems(actor, task);
        }
        if (APPROVE_PREPRODUCTION.equals(task.key()) && Boolean.FALSE.equals(decision.accepted()) && applicationId != null) {
            reopenChecklist(actor, applicationId, decision.reason());
        }
    }

    /**
     * An accepted production request accepts the answers to the checklist items asked with it (e.g.
     * C1), each stored and audited as its own verdict in the next round; a rejected one leaves them
     * to be answered again in the correction.
     */
    private void acceptProductionItems(SignedInUser actor, OpenTask task) {
        Application application = applications.findByReference(task.reference())
                .orElseThrow(() -> new TaskAlreadyCompletedException(task.id()));
        ChecklistDefinition definition = ChecklistQueries.definitionOf(checklists, application);
        List<ItemVerdict> accepted = progress(application).underAssessment().stream()
                .filter(code -> definition.item(code).map(item -> item.phase() == ChecklistPhase.PRODUCTION).orElse(false))
                .map(code -> new ItemVerdict(code, true, null)).toList();
        if (!accepted.isEmpty()) {
            saveVerdicts(actor, task, application, nextRound(application), accepted);
        }
    }

    /** A refused preproduction approval: the assessor judges every checklist item again. */
    private void reopenChecklist(SignedInUser actor, long applicationId, String reason) {
        int latestRound = Math.max(memberChecklists.latestRound(applicationId),
                checklists.verdicts(applicationId).stream().mapToInt(ChecklistVerdict::getRound).max().orElse(0));
        checklists.saveReopening(new ChecklistReopening(applicationId, latestRound, reason.strip(), actor.username(),
                clock.instant()));
    }

    /**
     * Completes the checklist assessment with the verdicts given and accepts every other item under
     * assessment; each item is still stored and audited as its own verdict.
     */
    public void acceptRemainingChecklistItems(SignedInUser actor, String taskId, List<ItemVerdict> judged) {
        acceptRemainingChecklistItems(actor, taskId, judged, List.of());
    }

    /**
     * As {@link #acceptRemainingChecklistItems(SignedInUser, String, List)}, for a cluster application with verdicts on
     * its served organisations' own answers too: every other member answer under assessment is accepted as well.
     */
    public void acceptRemainingChecklistItems(SignedInUser actor, String taskId, List<ItemVerdict> judged,
                                              List<MemberItemVerdict> judgedMembers) {
        OpenTask task = workableTask(actor, taskId);
        if (!ASSESS_CHECKLIST.equals(task.key()) || decisionKind(task) != DecisionKind.VERDICT_PER_ITEM) {
            throw new ActionRefusedException("decision.checklist.acceptRemainingOnlyPerItem", task.key());
        }
        Application application = applications.findByReference(task.reference())
                .orElseThrow(() -> new TaskAlreadyCompletedException(task.id()));
        Set<String> given = judged.stream().map(ItemVerdict::itemCode).collect(Collectors.toSet());
        List<ItemVerdict> all = new ArrayList<>(judged);
        progress(application).underAssessment().stream().filter(code -> !given.contains(code))
                .forEach(code -> all.add(new ItemVerdict(code, true, null)));
        Set<String> givenMembers = judgedMembers.stream().map(v -> v.oin() + "/" + v.itemCode()).collect(Collectors.toSet());
        List<MemberItemVerdict> allMembers = new ArrayList<>(judgedMembers);
        memberChecklists.progress(application.getId(), reopenedAfterRound(application)).forEach(member ->
                member.progress().underAssessment().stream().filter(code -> !givenMembers.contains(member.oin() + "/" + code))
                        .forEach(code -> allMembers.add(new MemberItemVerdict(member.oin(), code, true, null))));
        complete(actor, taskId, TaskDecision.checklist(all, allMembers));
    }

    private int reopenedAfterRound(Application application) {
        return checklists.latestReopening(application.getId()).map(ChecklistReopening::getAfterRound).orElse(0);
    }

    /** The next assessment round: the application's own answers and its members' share the rounds. */
    private int nextRound(Application application) {
        return Math.max(progress(application).nextRound(), memberChecklists.latestRound(application.getId()) + 1);
    }

    private ChecklistProgress progress(Application application) {
        return new ChecklistProgress(applications.currentVersion(application).checklistAnswers(),
                checklists.verdicts(application.getId()), reopenedAfterRound(application));
    }

    /** Which decision the open task takes, for the page to ask exactly that. */
    public DecisionKind decisionKind(SignedInUser actor, String taskId) {
        return decisionKind(workableTask(actor, taskId));
    }

    private DecisionKind decisionKind(OpenTask task) {
        if (VERIFY_ALB_DECISION.equals(task.key())) {
            return DecisionKind.of(task.key(), false, applications.findByReference(task.reference())
                    .map(application -> memberDecisions.verifiesPerMember(application.getId())).orElse(false));
        }
        if (!ASSESS_CHECKLIST.equals(task.key())) {
            return DecisionKind.of(task.key(), false);
        }
        boolean perItem = applications.findByReference(task.reference())
                .map(application -> !applications.currentVersion(application).checklistAnswers().isEmpty())
                .orElse(false);
        return DecisionKind.of(task.key(), perItem);
    }

    /**
     * Stores one verdict per item under assessment (answered, not accepted before) as the next
     * round, and in a cluster application one per served organisation's own answer under assessment
     * (refused, naming the member and item, when one is missing); the checklist is approved when every
     * one of them is accepted, otherwise it goes back to the applicant's rework. Applications from
     * before versioned checklists have no answers: for them the overall accept/reject decides.
     */
    private TaskDecision assessChecklist(SignedInUser actor, OpenTask task, TaskDecision decision) {
        Application application = applications.findByReference(task.reference())
                .orElseThrow(() -> new TaskAlreadyCompletedException(task.id()));
        ApplicationVersion version = applications.currentVersion(application);
        ChecklistProgress progress = progress(application);
        Set<String> underAssessment = progress.underAssessment();
        if (underAssessment.isEmpty() && version.checklistAnswers().isEmpty()) {
            return decision;
        }
        Set<String> judged = decision.verdicts().stream().map(ItemVerdict::itemCode)
                .collect(Collectors.toCollection(TreeSet::new));
        if (judged.size() != decision.verdicts().size() || !judged.equals(underAssessment)) {
            Set<String> missing = new TreeSet<>(underAssessment);
            missing.removeAll(judged);
            throw new ActionRefusedException("decision.checklist.verdictPerItem", String.join(", ", underAssessment),
                    String.join(", ", missing));
        }
        int reopenedAfter = reopenedAfterRound(application);
        MemberChecklists.requireVerdictPerItem(memberChecklists.progress(application.getId(), reopenedAfter),
                decision.memberItemVerdicts());
        int round = nextRound(application);
        saveVerdicts(actor, task, application, round, decision.verdicts());
        boolean membersAccepted = memberChecklists.assess(actor.username(), application.getId(), task.key(), round,
                version.getNumber(), reopenedAfter, decision.memberItemVerdicts(), clock.instant());
        boolean allAccepted = membersAccepted && decision.verdicts().stream().allMatch(ItemVerdict::accepted);
        return new TaskDecision(allAccepted, decision.reason(), decision.reference(), decision.verdicts());
    }

    /**
     * A cluster application's RvIG decisions, one verdict per served organisation whose decision waits for one, each
     * stored with its decision; accepted when every member is entitled, otherwise rejected naming each refused
     * member with its reason (the application's rejection, as for one organisation's decision).
     */
    private TaskDecision verifyMemberDecisions(SignedInUser actor, OpenTask task, TaskDecision decision) {
        Application application = applications.findByReference(task.reference())
                .orElseThrow(() -> new TaskAlreadyCompletedException(task.id()));
        ClusterMemberRules.VerificationOutcome outcome = memberDecisions.verify(actor.username(), application.getId(),
                task.key(), decision.memberVerdicts());
        String reason = outcome.rejectionReason();
        // many refused members: the reason the applicant reads is cut, each member's own reason stays with its decision
        if (reason != null && reason.length() > TaskDecision.TEXT_MAX) {
            reason = reason.substring(0, TaskDecision.TEXT_MAX - 1) + "…";
        }
        return new TaskDecision(outcome.accepted(), reason, null);
    }

    /** One verdict per item as the next round, each audited. */
    private void saveVerdicts(SignedInUser actor, OpenTask task, Application application, int round,
                              List<ItemVerdict> verdicts) {
        ApplicationVersion version = applications.currentVersion(application);
        for (ItemVerdict verdict : verdicts) {
            checklists.saveVerdict(new ChecklistVerdict(application.getId(), round, version.getNumber(),
                    verdict.itemCode(), verdict.accepted(), verdict.comment(), actor.username(), clock.instant()));
            Map<String, String> judgement = new LinkedHashMap<>();
            judgement.put("item", verdict.itemCode());
            judgement.put("round", String.valueOf(round));
            judgement.put("accepted", String.valueOf(verdict.accepted()));
            if (verdict.comment() != null && !verdict.comment().isBlank()) {
                judgement.put("comment", verdict.comment().strip());
            }
            auditor.record(actor.username(), "checklistItemJudged", application.getId(), task.key(), Map.of(), judgement);
        }
    }

    private OpenTask workableTask(SignedInUser actor, String taskId) {
        OpenTask task = OpenTask.byId(tasks, runtime, taskId).orElseThrow(() ->
                ExpectedRefusals.logged(new TaskAlreadyCompletedException(taskId), actor, "-", taskId));
        AccessPolicy.requireMayWork(actor, task.key(), task.reference(), task.organisationOin());
        return task;
    }

    /** @return the id of the task's application, if it has one */
    private Long audit(SignedInUser actor, String action, OpenTask task, Map<String, String> before, Map<String, String> after) {
        Long applicationId = applications.findByReference(task.reference()).map(Application::getId).orElse(null);
        auditor.record(actor.username(), action, applicationId, task.key(), before, after);
        return applicationId;
    }
}
