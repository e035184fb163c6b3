package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.usecase.task.NativeInClause;
import nl.dictu.tvs.portal.usecase.task.ReviewerTaskQuery;
import nl.dictu.tvs.portal.usecase.task.TaskSummary;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.APPLICATION_STATUS;

/** What the lists show: "my applications" with status and whose move it is, and the task lists. */
@Stateless
public class ApplicationQueries {

    static final int MAX_TASKS = 200;
    private static final Set<String> MILESTONE_TYPES = Set.of("userTask", "serviceTask", "receiveTask");
    /**
     * A milestone row of {@code ACT_HI_ACTINST a}: finished, of a milestone type, and not cancelled (the engine's
     * {@code HistoricActivityInstance.isCanceled()}: state 2, none counting as 0).
     */
    private static final String MILESTONE = "a.END_TIME_ is not null and a.ACT_TYPE_ in "
            + MILESTONE_TYPES.stream().map(type -> "'" + type + "'").collect(Collectors.joining(", ", "(", ")"))
            + " and coalesce(a.ACT_INST_STATE_, 0) <> 2";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private HistoryService history;

    @Inject
    private ReviewerTaskQuery taskQuery;

    public ApplicationQueries() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public ApplicationQueries(ApplicationRepository applications, HistoryService history, ReviewerTaskQuery taskQuery) {
        this.applications = applications;
        this.history = history;
        this.taskQuery = taskQuery;
    }

    /** The applications of the applicant's organisation, newest first. */
    public List<ApplicationStatusView> myApplications(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        return statusesOf(applications.findByOrganisationOin(actor.organisationOin()));
    }

    /**
     * The status of each application, in the same order: the instances, their status variables and their open tasks
     * read once for all of them (a list of 40 applications took some 300 engine queries one by one), and so are
     * their milestones.
     */
    public List<ApplicationStatusView> statusesOf(List<Application> list) {
        return statusesOf(list, Milestones.ALL);
    }

    /**
     * As {@link #statusesOf(List)}, with all milestones or, for a list that shows only when each application last
     * moved, only each one's latest: the engine maps every row it reads into an object, some hundred per application.
     */
    public List<ApplicationStatusView> statusesOf(List<Application> list, Milestones milestonesRead) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<String, HistoricProcessInstance> instances = new HashMap<>();
        NativeInClause.list(list.stream().map(Application::getReference).toList(), history::createNativeHistoricProcessInstanceQuery,
                        in -> "select * from ACT_HI_PROCINST where BUSINESS_KEY_ in " + in)
                .forEach(instance -> instances.putIfAbsent(instance.getBusinessKey(), instance));
        Map<String, String> statuses = new HashMap<>();
        if (!instances.isEmpty()) {
            // a variable the process removed stays in the history as deleted; the engine's own query leaves it out too
            NativeInClause.list(instances.values().stream().map(HistoricProcessInstance::getId).toList(),
                            () -> history.createNativeHistoricVariableInstanceQuery().parameter("name", APPLICATION_STATUS),
                            in -> "select * from ACT_HI_VARINST where PROC_INST_ID_ in " + in
                                    + " and NAME_ = #{name} and (STATE_ <> 'DELETED' or STATE_ is null)")
                    .forEach(variable -> {
                        if (variable.getValue() != null) {
                            statuses.put(variable.getProcessInstanceId(), variable.getValue().toString());
                        }
                    });
        }
        Map<String, List<TaskSummary>> open = taskQuery.openTasksOfInstances(instances.values().stream()
                .filter(instance -> instance.getEndTime() == null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey)));
        Map<String, List<Milestone>> milestones = milestonesOf(instances.values().stream().map(HistoricProcessInstance::getId).toList(),
                milestonesRead);
        return list.stream().map(application -> {
            HistoricProcessInstance instance = instances.get(application.getReference());
            List<TaskSummary> tasks = instance == null ? List.of() : open.getOrDefault(instance.getId(), List.of());
            String status = instance == null ? ApplicationStatusView.IN_PROGRESS
                    : statuses.getOrDefault(instance.getId(), ApplicationStatusView.IN_PROGRESS);
            return new ApplicationStatusView(application.getReference(), application.getCreatedAt(),
                    application.getCurrentVersionNumber(), status, waitingFor(tasks), tasks,
                    instance == null ? List.of() : milestones.getOrDefault(instance.getId(), List.of()));
        }).toList();
    }

    /** One application of the applicant's organisation as "my applications" shows it. */
    public ApplicationStatusView status(SignedInUser actor, String reference) {
        return statusOf(AccessPolicy.ownApplication(applications, actor, reference));
    }

    /** The milestones of one application: the applicant's own, or any for a reviewer. */
    public MilestoneRoad road(SignedInUser actor, String reference) {
        Application application = applications.findByReference(reference == null ? "" : reference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", String.valueOf(reference)));
        AccessPolicy.requireMayRead(actor, reference, application.getOrganisation().getOin());
        return MilestoneRoad.of(statusOf(application));
    }

    /** Reviewers: the reviewer group's tasks; applicants: their organisation's tasks. Oldest first. */
    public List<TaskSummary> tasksFor(SignedInUser actor) {
        if (actor.hasRole(Role.REVIEWER_NAME)) {
            return taskQuery.openTasksOfGroup(ConnectionRequestModel.REVIEWER_GROUP, 0, MAX_TASKS);
        }
        AccessPolicy.requireApplicant(actor);
        return taskQuery.openTasksOfGroup(ConnectionRequestModel.applicantGroup(actor.organisationOin()), 0, MAX_TASKS);
    }

    private ApplicationStatusView statusOf(Application application) {
        return statusesOf(List.of(application)).get(0);
    }

    private static WaitingFor waitingFor(List<TaskSummary> open) {
        if (open.stream().anyMatch(t -> ConnectionRequestModel.APPLICANT_TASKS.contains(t.taskKey()))) {
            return WaitingFor.APPLICANT;
        }
        return open.isEmpty() ? WaitingFor.NOBODY : WaitingFor.DICTU;
    }

    /** Which milestones {@link #statusesOf(List, Milestones)} reads. */
    public enum Milestones {
        /** Every step completed so far, oldest first. */
        ALL,
        /** Only the latest step completed (more than one where they ended at the same moment). */
        LATEST
    }

    /**
     * The milestones of each instance, oldest first: finished user, service and receive tasks that were not cancelled, read
     * by a few statements for all instances (the engine's query takes one instance only) through its index by instance.
     */
    private Map<String, List<Milestone>> milestonesOf(List<String> processInstanceIds, Milestones milestonesRead) {
        Map<String, List<Milestone>> byInstance = new HashMap<>();
        NativeInClause.list(processInstanceIds, history::createNativeHistoricActivityInstanceQuery, in -> milestonesRead == Milestones.ALL
                        ? "select a.* from ACT_HI_ACTINST a where a.PROC_INST_ID_ in " + in + " and " + MILESTONE
                                + " order by a.END_TIME_, a.SEQUENCE_COUNTER_"
                        // the latest end per instance grouped once, then joined: a correlated subquery ran once per row
                        : "select a.* from ACT_HI_ACTINST a join (select a.PROC_INST_ID_ as INSTANCE_ID, max(a.END_TIME_) as LAST_END"
                                + " from ACT_HI_ACTINST a where a.PROC_INST_ID_ in " + in + " and " + MILESTONE
                                + " group by a.PROC_INST_ID_) latest on a.PROC_INST_ID_ = latest.INSTANCE_ID and a.END_TIME_ = latest.LAST_END"
                                + " where " + MILESTONE + " order by a.END_TIME_, a.SEQUENCE_COUNTER_")
                .forEach(a -> byInstance.computeIfAbsent(a.getProcessInstanceId(), id -> new ArrayList<>())
                        .add(new Milestone(a.getActivityId(), endOf(a))));
        return byInstance;
    }

    private static java.time.Instant endOf(HistoricActivityInstance activity) {
        return activity.getEndTime().toInstant();
    }
}
