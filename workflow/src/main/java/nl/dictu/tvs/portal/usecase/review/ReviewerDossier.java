package nl.dictu.tvs.portal.usecase.review;

import org.camunda.bpm.engine.ManagementService;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.TaskAlreadyCompletedException;
import nl.dictu.tvs.portal.usecase.review.TaskCommands;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.usecase.application.AlbDecisionAcceptance;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.CheckKind;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.domain.review.HandoverChannel;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.review.InternalNote;
import nl.dictu.tvs.portal.domain.review.ReviewRecords;
import nl.dictu.tvs.portal.domain.review.TestAccountDelivery;
import nl.dictu.tvs.portal.shared.findings.FindingText;
import nl.dictu.tvs.portal.shared.findings.FindingTexts;
import nl.dictu.tvs.portal.shared.findings.ReadableFinding;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.usecase.task.NativeInClause;
import nl.dictu.tvs.portal.trust.finding.CheckReport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The reviewer's application view: the dossier with every tab's content, internal notes, the
 * record of delivered test accounts, and the process model for the diagram. Reviewers only.
 */
@Stateless
public class ReviewerDossier {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ReviewRecords records;

    @Inject
    private TaskService tasks;

    @Inject
    private RuntimeService runtime;

    @Inject
    private HistoryService history;

    @Inject
    private RepositoryService repository;

    @Inject
    private Clock clock;

    @Inject
    private UserAccountRepository accounts;

    @EJB
    private TaskCommands taskCommands;

    @EJB
    private FindingTexts findingTexts;

    @EJB
    private AlbDecisionAcceptance albAcceptance;

    @Inject
    private StoredFileRepository files;

    @Inject
    private ManagementService jobs;

    @Inject
    private OrganisationRepository organisations;

    public DossierView dossier(SignedInUser actor, String reference, Locale locale) {
        ReviewerTaskList.requireReviewer(actor);
        Application application = application(reference);
        long id = application.getId();
        List<ApplicationVersion> versions = applications.versions(application);
        List<TestAccountDelivery> deliveries = records.testAccountDeliveries(id);
        List<InternalNote> notes = records.notes(id);
        UnaryOperator<String> person = displayNames(Stream.of(versions.stream().map(ApplicationVersion::getSubmittedBy),
                deliveries.stream().map(TestAccountDelivery::getDeliveredBy), notes.stream().map(InternalNote::getAuthor)));
        List<DossierView.Version> versionViews = versions.stream()
                .map(v -> new DossierView.Version(v.getNumber(), v.getSubmittedAt(), person.apply(v.getSubmittedBy()),
                        VersionFields.of(v, locale, fileId -> files.findById(fileId).map(StoredFile::getFileName)
                                .orElse(String.valueOf(fileId)))))
                .toList();
        List<DossierView.Check> checks = checks(versions, findingTexts.text(locale)
                .withAlbAcceptance(albAcceptance.of(actor, reference)));
        Optional<HistoricProcessInstance> instance = instance(reference);
        List<String> active = instance.filter(i -> i.getEndTime() == null)
                .map(i -> runtime.getActiveActivityIds(i.getId())).orElse(List.of());
        return new DossierView(reference, application.getOrganisation().getName(), application.getOrganisation().getOin(),
                application.getCreatedAt(), application.getCurrentVersionNumber(), versionViews,
                VersionFields.differences(versionViews), checks, albFindings(checks),
                serviceUuids(application),
                deliveries.stream()
                        .map(d -> new DossierView.Delivery(d.getDeliveredAt(), person.apply(d.getDeliveredBy()), d.getTestAccounts(),
                                d.getChannel().name()))
                        .toList(),
                notes.stream().map(n -> new DossierView.Note(n.getWrittenAt(), person.apply(n.getAuthor()), n.getText())).toList(),
                auditTrail.ofApplication(id).stream()
                        .map(e -> new DossierView.AuditEntry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getElementId(),
                                e.getBeforeJson(), e.getAfterJson()))
                        .toList(),
                openReviewerTasks(actor, reference), active, preparingNextStep(instance));
    }

    /** People by their display name, looked up at once; a user name without an account stays as it is. */
    private UnaryOperator<String> displayNames(Stream<Stream<String>> usernames) {
        Map<String, String> names = accounts.displayNames(usernames.flatMap(s -> s).toList());
        return username -> username == null ? null : names.getOrDefault(UserAccount.normalise(username), username);
    }

    /** A job the process runs by itself (not a timer, not a failed one) is due: its next steps are being made. */
    private boolean preparingNextStep(Optional<HistoricProcessInstance> instance) {
        return instance.filter(i -> i.getEndTime() == null)
                .map(i -> jobs.createJobQuery().processInstanceId(i.getId()).messages().withRetriesLeft().count() > 0)
                .orElse(false);
    }

    /** Adds an internal note; applicants never see it. */
    public void addNote(SignedInUser actor, String reference, String text) {
        ReviewerTaskList.requireReviewer(actor);
        Application application = application(reference);
        try {
            records.add(new InternalNote(application.getId(), actor.username(), clock.instant(), text));
        } catch (InvalidApplicationException e) {
            throw new ActionRefusedException(e.messageKey(), e.arguments().stream().map(String::valueOf).toArray(String[]::new));
        }
    }

    /** Records which test accounts went to the applicant and how, and completes "Testaccounts leveren", together. */
    public void deliverTestAccounts(SignedInUser actor, String taskId, String testAccounts, HandoverChannel channel) {
        ReviewerTaskList.requireReviewer(actor);
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskAlreadyCompletedException(taskId);
        }
        if (!ConnectionRequestModel.DELIVER_TEST_ACCOUNTS.equals(task.getTaskDefinitionKey())) {
            throw new ActionRefusedException("testAccounts.wrongTask", task.getTaskDefinitionKey());
        }
        String reference = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        try {
            records.add(new TestAccountDelivery(application(reference).getId(), actor.username(), clock.instant(),
                    testAccounts, channel));
        } catch (InvalidApplicationException e) {
            throw new ActionRefusedException(e.messageKey(), e.arguments().stream().map(String::valueOf).toArray(String[]::new));
        }
        taskCommands.complete(actor, taskId, TaskDecision.withReference(testAccounts + " (" + channel.name() + ")"));
    }

    /** The BPMN XML of the application's process, for the diagram. */
    public String processModel(SignedInUser actor, String reference) {
        ReviewerTaskList.requireReviewer(actor);
        HistoricProcessInstance instance = instance(reference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", reference));
        try (InputStream model = repository.getProcessModel(instance.getProcessDefinitionId())) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the process model of " + reference, e);
        }
    }

    private Application application(String reference) {
        return applications.findByReference(reference == null ? "" : reference)
                .orElseThrow(() -> new ActionRefusedException("dossier.unknownApplication", String.valueOf(reference)));
    }

    private Optional<HistoricProcessInstance> instance(String reference) {
        // native: the engine's query builds its SQL through OGNL at every call (NativeInClause says why that matters)
        return history.createNativeHistoricProcessInstanceQuery()
                .sql("select * from ACT_HI_PROCINST where BUSINESS_KEY_ = #{reference} order by START_TIME_ desc")
                .parameter("reference", reference)
                .listPage(0, 1).stream().findFirst();
    }

    private List<DossierView.Check> checks(List<ApplicationVersion> versions, FindingText text) {
        List<DossierView.Check> checks = new ArrayList<>();
        for (ApplicationVersion version : versions) {
            for (CheckKind kind : CheckKind.values()) {
                applications.checkResult(version, kind).ifPresent(result -> checks.add(new DossierView.Check(
                        version.getNumber(), kind.name(), result.isPassed(), result.getComputedAt(),
                        text.readable(CheckReport.fromJson(result.getReportJson()).findings()))));
            }
        }
        return checks;
    }

    /** The ALB outcome of the latest automated check: its ALB_* findings. */
    static List<ReadableFinding> albFindings(List<DossierView.Check> checks) {
        return checks.stream().filter(c -> c.kind().equals(CheckKind.AUTOMATED.name()))
                .reduce((first, second) -> second)
                .map(c -> c.findings().stream().filter(f -> f.code().startsWith("ALB_")).toList())
                .orElse(List.of());
    }

    /**
     * The application's own ServiceUUIDs, then those of each organisation a supplier's cluster serves, each row naming
     * the organisation whose DV it is for.
     */
    private List<DossierView.ServiceUuid> serviceUuids(Application application) {
        String own = application.getOrganisation().getName() + " (" + application.getOrganisation().getOin() + ")";
        List<DossierView.ServiceUuid> rows = new ArrayList<>(applications.issuedServiceUuids(application.getId()).stream()
                .map(u -> new DossierView.ServiceUuid(u.getServiceName(), u.getEnvironment().name(), u.getServiceUuid(), own))
                .toList());
        applications.memberServiceUuids(application.getId()).forEach(u -> rows.add(new DossierView.ServiceUuid(
                u.getServiceName(), u.getEnvironment().name(), u.getServiceUuid(),
                organisations.findByOin(u.getOrganisationOin()).map(Organisation::getName).orElse(u.getOrganisationOin())
                        + " (" + u.getOrganisationOin() + ")")));
        return rows;
    }

    private List<DossierView.ReviewerTask> openReviewerTasks(SignedInUser actor, String reference) {
        return NativeInClause.list(ConnectionRequestModel.REVIEWER_TASKS,
                        () -> tasks.createNativeTaskQuery().parameter("reference", reference),
                        in -> "select T.* from ACT_RU_TASK T join ACT_RU_EXECUTION E on E.ID_ = T.PROC_INST_ID_"
                                + " where E.BUSINESS_KEY_ = #{reference} and T.TASK_DEF_KEY_ in " + in
                                + " order by T.CREATE_TIME_, T.ID_").stream()
                .map(task -> reviewerTask(actor, task))
                .toList();
    }

    private DossierView.ReviewerTask reviewerTask(SignedInUser actor, Task task) {
        String key = task.getTaskDefinitionKey();
        Map<String, Object> variables = FourEyesRule.ASSESSOR_OF.containsKey(key)
                ? runtime.getVariables(task.getProcessInstanceId(), List.copyOf(FourEyesRule.ASSESSOR_OF.values()))
                : Map.of();
        Optional<String> refusal = FourEyesRule.refusal(key, actor.username(), variables::get);
        // people by their names: the user names stay for the logic
        return new DossierView.ReviewerTask(task.getId(), key, task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(),
                accounts.displayNameOf(task.getAssignee()), refusal.isEmpty(), refusal.orElse(null),
                FourEyesRule.assessor(key, variables::get).map(accounts::displayNameOf).orElse(null));
    }
}
