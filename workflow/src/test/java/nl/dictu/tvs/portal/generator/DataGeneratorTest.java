package nl.dictu.tvs.portal.generator;

import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicationStatusView;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.usecase.application.WaitingFor;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DataGeneratorTest {

    private static final int COUNT = GeneratedDatabase.COUNT;
    private static ServiceTestBed bed;
    private static GenerationReport report;

    @BeforeAll
    static void generate() {
        bed = GeneratedDatabase.bed();
        report = GeneratedDatabase.report();
    }

    private static int planned(Scenario scenario) {
        return report.perScenario().getOrDefault(scenario, 0);
    }

    @Test
    void shouldMakeTheRequestedNumberOfApplicationsInEveryScenarioPlusOneTemplateEach() {
        int templates = report.perScenario().size();

        assertThat(report.applications()).isEqualTo(COUNT);
        assertThat(report.perScenario()).containsOnlyKeys(Scenario.values());
        assertThat(bed.engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(COUNT + templates);
        assertThat(bed.inTransaction(() -> bed.em.createQuery("select count(a) from Application a", Long.class)
                .getSingleResult())).isEqualTo(COUNT + templates);
        assertThat(report.rows()).isGreaterThan(COUNT * 40L);
    }

    @Test
    void shouldLeaveEveryApplicationWhereItsScenarioEnds() {
        var runtime = bed.engine.getRuntimeService();
        var history = bed.engine.getHistoryService();

        assertThat(runtime.createProcessInstanceQuery().activityIdIn(ConnectionRequestModel.AWAIT_CONNECTION_TERMINATION).count())
                .isEqualTo(planned(Scenario.LIVE) + 1);
        assertThat(history.createHistoricProcessInstanceQuery().finished().count()).isEqualTo(
                planned(Scenario.REJECTED) + planned(Scenario.TERMINATED) + planned(Scenario.WITHDRAWN)
                        + planned(Scenario.EXPIRED_AT_CORRECTION) + planned(Scenario.EXPIRED_AT_PRODUCTION_REQUEST) + 5);
        assertThat(bed.engine.getTaskService().createTaskQuery().taskDefinitionKey(ConnectionRequestModel.REWORK_CHECKLIST).count())
                .isEqualTo(planned(Scenario.CHECKLIST_REWORK) + 1);
        assertThat(history.createHistoricVariableInstanceQuery()
                .variableValueEquals(ConnectionRequestModel.Variables.APPLICATION_STATUS, ConnectionRequestModel.Status.EXPIRED).count())
                .isEqualTo(planned(Scenario.EXPIRED_AT_CORRECTION) + planned(Scenario.EXPIRED_AT_PRODUCTION_REQUEST) + 2);
    }

    @Test
    void shouldSpreadSubmissionsOverTheLastYearAndKeepOpenApplicantTasksBeforeTheirExpiry() {
        Instant now = Instant.now();
        List<HistoricProcessInstance> all = bed.engine.getHistoryService().createHistoricProcessInstanceQuery().list();
        List<Instant> starts = all.stream().map(p -> p.getStartTime().toInstant()).toList();

        assertThat(starts).allSatisfy(s -> assertThat(s).isBetween(now.minus(Duration.ofDays(366)), now));
        assertThat(starts.stream().filter(s -> s.isBefore(now.minus(Duration.ofDays(180))))).isNotEmpty();
        assertThat(all).filteredOn(p -> p.getEndTime() != null)
                .allSatisfy(p -> assertThat(p.getEndTime()).isAfterOrEqualTo(p.getStartTime()));
        List<Job> expiryTimers = bed.engine.getManagementService().createJobQuery().timers().list().stream()
                .filter(j -> j.getJobDefinitionId() != null && isExpiryTimer(j)).toList();
        assertThat(expiryTimers).isNotEmpty().allSatisfy(j -> assertThat(j.getDuedate()).isAfter(Date.from(now)));
    }

    @Test
    void shouldGiveEachGeneratedApplicationItsOwnReferenceAndApplicationIdInTheProcess() {
        List<HistoricProcessInstance> all = bed.engine.getHistoryService().createHistoricProcessInstanceQuery().list();
        Set<String> references = new java.util.HashSet<>(all.stream().map(HistoricProcessInstance::getBusinessKey).toList());
        Set<Object> applicationIds = new java.util.HashSet<>(bed.engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName(ConnectionRequestModel.Variables.APPLICATION_ID).list().stream().map(v -> v.getValue()).toList());

        assertThat(references).hasSize(all.size()).allSatisfy(r -> assertThat(r).matches("TVS-\\d{4}-\\d{5}"));
        assertThat(applicationIds).hasSize(all.size());
    }

    @Test
    void shouldLetTheEngineAndTheServicesCarryOnWithAGeneratedApplication() {
        Task registration = bed.engine.getTaskService().createTaskQuery()
                .taskDefinitionKey(ConnectionRequestModel.REGISTER_APPLICATION).list().stream()
                .filter(t -> !ServiceTestBed.OIN.equals(bed.engine.getRuntimeService()
                        .getVariable(t.getProcessInstanceId(), ConnectionRequestModel.Variables.ORGANISATION_OIN)))
                .findFirst().orElseThrow();
        String reference = bed.engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(registration.getProcessInstanceId()).singleResult().getBusinessKey();

        bed.inTransaction(() -> bed.taskCommands.complete(ServiceTestBed.reviewer("rev1"), registration.getId(), TaskDecision.accept()));
        bed.runDueJobs();

        SignedInUser member = bed.inTransaction(() -> {
            Application application = bed.applications.findByReference(reference).orElseThrow();
            assertThat(bed.applications.issuedServiceUuids(application.getId())).hasSize(4);
            return new SignedInUser("member", "Member", Set.of(Role.APPLICANT_NAME),
                    application.getOrganisation().getName(), application.getOrganisation().getOin(), null);
        });
        assertThat(member.organisationOin()).startsWith("000000999").isNotEqualTo(ServiceTestBed.OIN);
        ApplicationStatusView view = bed.inTransaction(() -> bed.queries.myApplications(member)).stream()
                .filter(v -> v.reference().equals(reference)).findFirst().orElseThrow();
        assertThat(view.waitingFor()).isEqualTo(WaitingFor.DICTU);
        assertThat(view.openTasks()).extracting(t -> t.taskKey())
                .containsExactlyInAnyOrder(ConnectionRequestModel.ARRANGE_DIGID_CONNECTION, ConnectionRequestModel.DELIVER_TEST_ACCOUNTS);
    }

    private static boolean isExpiryTimer(Job job) {
        return bed.engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId().endsWith("ExpiryTimer");
    }
}
