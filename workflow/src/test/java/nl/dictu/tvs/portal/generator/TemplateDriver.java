package nl.dictu.tvs.portal.generator;

import nl.dictu.tvs.portal.usecase.review.ItemVerdict;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Messages.CONNECTION_TERMINATED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.APPLICATION_ID;

/**
 * Drives one template application through the real application services, step by step, running
 * the asynchronous continuations after each step, and records when every step began.
 */
public final class TemplateDriver {

    static final String DIGID_REFERENCE = "DIGID-PREPROD-";
    static final String REJECTION_REASON = "De aanvraag valt buiten de dienstverlening van TVS.";
    static final String CHECKLIST_REJECTION = "Onvoldoende onderbouwd: beschrijf de maatregel en voeg het bewijs toe.";
    /** What a reviewer writes when delivering test accounts: the task requires the delivery to be described. */
    static final String TEST_ACCOUNTS_DELIVERED = "Vier DigiD-testaccounts per versleutelde e-mail";
    static final String CHECKLIST_REWORKED = "Maatregel beschreven en bewijs bijgevoegd.";

    private final TemplateEnvironment env;
    private final List<Instant> knots = new ArrayList<>();
    private final List<StepKind> steps = new ArrayList<>();
    private String reference;
    private String processInstanceId;

    public TemplateDriver(TemplateEnvironment env) {
        this.env = env;
    }

    /** Drives a new template application along the scenario's route. */
    public static RecordedTemplate drive(TemplateEnvironment env, Scenario scenario) {
        TemplateDriver driver = new TemplateDriver(env);
        scenario.route().accept(driver);
        return driver.recorded(scenario);
    }

    void submit(boolean passesChecks) {
        step(StepKind.SUBMISSION);
        reference = env.inTransaction(() -> env.applicationCommands().submit(env.applicant(), env.content(passesChecks)));
        processInstanceId = env.inTransaction(() -> env.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getId());
        runDueJobs();
    }

    void correct() {
        step(StepKind.APPLICANT_ACTION);
        env.inTransaction(() -> {
            env.applicationCommands().correct(env.applicant(), reference, ServiceTestBed.correctionOf(env.content(true)));
            return null;
        });
        runDueJobs();
    }

    void register(boolean accepted) {
        reviewer(ConnectionRequestModel.REGISTER_APPLICATION,
                accepted ? TaskDecision.accept() : TaskDecision.reject(REJECTION_REASON));
    }

    void arrangeDigid() {
        reviewer(ConnectionRequestModel.ARRANGE_DIGID_CONNECTION, TaskDecision.withReference(DIGID_REFERENCE + reference));
    }

    void deliverTestAccounts() {
        reviewer(ConnectionRequestModel.DELIVER_TEST_ACCOUNTS, TaskDecision.withReference(TEST_ACCOUNTS_DELIVERED));
    }

    void acknowledgeTestAccounts() {
        applicant(ConnectionRequestModel.ACKNOWLEDGE_TEST_ACCOUNTS);
    }

    /** A verdict on every item under assessment: all accepted, or the first one rejected. */
    void assessChecklist(boolean approved) {
        List<String> codes = env.inTransaction(() -> env.checklistQueries().checklistOf(env.assessor(), reference)
                .underAssessment().stream().map(line -> line.item().code()).toList());
        List<ItemVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            boolean accepted = approved || i > 0;
            verdicts.add(new ItemVerdict(codes.get(i), accepted, accepted ? null : CHECKLIST_REJECTION));
        }
        reviewer(ConnectionRequestModel.ASSESS_CHECKLIST, TaskDecision.checklist(verdicts));
    }

    /** Answers the rejected items again, with an explanation. */
    void reworkChecklist() {
        step(StepKind.APPLICANT_ACTION);
        List<ChecklistAnswer> answers = env.inTransaction(() -> env.checklistQueries().checklistOf(env.applicant(), reference)
                .toRework().stream().map(line -> new ChecklistAnswer(line.item().code(), ChecklistAnswerChoice.YES,
                        CHECKLIST_REWORKED, null)).toList());
        env.inTransaction(() -> {
            env.applicationCommands().reworkChecklist(env.applicant(), reference, answers);
            return null;
        });
        runDueJobs();
    }

    void approvePreproduction() {
        complete(StepKind.REVIEWER_DECISION, ConnectionRequestModel.APPROVE_PREPRODUCTION, true, TaskDecision.accept());
    }

    /** Uploads the preproduction metadata with the issued ServiceUUIDs the approval letter asks for. */
    void uploadPreproductionMetadata() {
        step(StepKind.APPLICANT_ACTION);
        env.inTransaction(() -> {
            env.supplyPreproductionMetadata(reference);
            return null;
        });
        runDueJobs();
    }

    void requestProduction() {
        step(StepKind.PRODUCTION_REQUEST);
        List<String> uuids = env.productionServiceUuids(reference);
        env.inTransaction(() -> {
            env.applicationCommands().requestProduction(env.applicant(), reference, env.productionRequest(uuids));
            return null;
        });
        runDueJobs();
    }

    void assessProduction() {
        reviewer(ConnectionRequestModel.ASSESS_PRODUCTION, TaskDecision.accept());
    }

    void approveProduction() {
        complete(StepKind.REVIEWER_DECISION, ConnectionRequestModel.APPROVE_PRODUCTION, true, TaskDecision.accept());
    }

    void withdraw() {
        step(StepKind.WITHDRAWAL);
        env.inTransaction(() -> {
            env.applicationCommands().withdraw(env.applicant(), reference);
            return null;
        });
        runDueJobs();
    }

    /** The applicant let the open task lie for 90 days: its expiry timer fires. */
    void expire(String applicantTask) {
        step(StepKind.EXPIRY);
        ManagementService management = env.engine().getManagementService();
        Job timer = env.inTransaction(() -> management.createJobQuery().processInstanceId(processInstanceId)
                .timers().activityId(ConnectionRequestModel.expiryTimer(applicantTask)).singleResult());
        env.inTransaction(() -> {
            management.executeJob(timer.getId());
            return null;
        });
        runDueJobs();
    }

    void terminate() {
        step(StepKind.TERMINATION);
        env.inTransaction(() -> env.engine().getRuntimeService().createMessageCorrelation(CONNECTION_TERMINATED)
                .processInstanceBusinessKey(reference).correlateWithResult());
        runDueJobs();
    }

    private void reviewer(String taskKey, TaskDecision decision) {
        complete(StepKind.REVIEWER_DECISION, taskKey, false, decision);
    }

    private void applicant(String taskKey) {
        step(StepKind.APPLICANT_ACTION);
        String taskId = taskId(taskKey);
        env.inTransaction(() -> {
            env.taskCommands().complete(env.applicant(), taskId, TaskDecision.none());
            return null;
        });
        runDueJobs();
    }

    private void complete(StepKind kind, String taskKey, boolean secondReviewer, TaskDecision decision) {
        step(kind);
        String taskId = taskId(taskKey);
        env.inTransaction(() -> {
            env.taskCommands().complete(secondReviewer ? env.approver() : env.assessor(), taskId, decision);
            return null;
        });
        runDueJobs();
    }

    private String taskId(String taskKey) {
        Task task = env.inTransaction(() -> env.engine().getTaskService().createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult());
        if (task == null) {
            throw new IllegalStateException("template " + reference + " has no open task " + taskKey);
        }
        return task.getId();
    }

    /** Runs the asynchronous continuations that are due now, each in its own transaction. */
    private void runDueJobs() {
        ManagementService management = env.engine().getManagementService();
        for (List<Job> due = dueJobs(management); !due.isEmpty(); due = dueJobs(management)) {
            for (Job job : due) {
                env.inTransaction(() -> {
                    management.executeJob(job.getId());
                    return null;
                });
            }
        }
    }

    private List<Job> dueJobs(ManagementService management) {
        return env.inTransaction(() -> management.createJobQuery().processInstanceId(processInstanceId)
                .executable().list());
    }

    /** Every step begins strictly after everything the previous step wrote. */
    private void step(StepKind kind) {
        Instant now = Instant.now();
        while (!knots.isEmpty() && !now.isAfter(knots.get(knots.size() - 1).plusMillis(1))) {
            pause();
            now = Instant.now();
        }
        pause();
        knots.add(Instant.now());
        steps.add(kind);
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while driving a template", e);
        }
    }

    private RecordedTemplate recorded(Scenario scenario) {
        long applicationId = env.inTransaction(() -> {
            ProcessInstance running = env.engine().getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();
            Object value = running != null
                    ? env.engine().getRuntimeService().getVariable(processInstanceId, APPLICATION_ID)
                    : env.engine().getHistoryService().createHistoricVariableInstanceQuery()
                    .processInstanceId(processInstanceId).variableName(APPLICATION_ID).singleResult().getValue();
            return ((Number) value).longValue();
        });
        return new RecordedTemplate(scenario, reference, processInstanceId, applicationId, List.copyOf(knots), List.copyOf(steps));
    }
}
