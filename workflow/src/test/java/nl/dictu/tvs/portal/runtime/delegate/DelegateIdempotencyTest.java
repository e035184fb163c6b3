package nl.dictu.tvs.portal.runtime.delegate;

import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.CheckKind;
import nl.dictu.tvs.portal.domain.application.IssuedServiceUuid;
import nl.dictu.tvs.portal.domain.mail.MailStatus;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications;
import nl.dictu.tvs.portal.testbed.FakeExecution;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ISSUE_SERVICE_UUIDS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.RUN_AUTOMATED_CHECKS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.APPLICATION_ID;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.SERVICE_UUIDS_PER_ENVIRONMENT;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.SERVICE_UUID_DELIVERY;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.CHECKS_PASSED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ON_ALB_LIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ORGANISATION_OIN;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.RELATED_TASK;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.TEMPLATE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** A retried job runs its delegate again: nothing may be issued, stored or queued twice. */
class DelegateIdempotencyTest {

    private final ServiceTestBed bed = new ServiceTestBed();
    private Application application;

    @BeforeEach
    void submit() {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(ServiceTestBed.anne(),
                ServiceTestBed.validContent()));
        application = bed.applications.findByReference(reference).orElseThrow();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private FakeExecution execution(String activityId) {
        FakeExecution execution = new FakeExecution("pi-1", activityId + ":ai-1", activityId, application.getReference());
        execution.variables.put(APPLICATION_ID, application.getId());
        execution.variables.put(ORGANISATION_OIN, ServiceTestBed.OIN);
        return execution;
    }

    @Test
    void shouldIssueOneUuidPerServiceForBothEnvironmentsHoweverOftenItRuns() {
        FakeExecution execution = execution(ISSUE_SERVICE_UUIDS);

        bed.inTransaction(() -> bed.serviceUuidDelegate.execute(execution.asExecution()));
        List<IssuedServiceUuid> first = bed.applications.issuedServiceUuids(application.getId());
        bed.inTransaction(() -> bed.serviceUuidDelegate.execute(execution.asExecution()));

        assertThat(first).hasSize(4).extracting(IssuedServiceUuid::getServiceUuid).as("two services, shared")
                .containsOnly(uuidOf(first, "Parkeervergunning"), uuidOf(first, "Afvalpas"))
                .doesNotContainNull();
        assertThat(uuidOf(first, "Parkeervergunning")).isNotEqualTo(uuidOf(first, "Afvalpas"));
        assertThat(bed.applications.issuedServiceUuids(application.getId())).extracting(IssuedServiceUuid::getServiceUuid)
                .containsExactlyInAnyOrderElementsOf(first.stream().map(IssuedServiceUuid::getServiceUuid).toList());
        assertThat(execution.variables).containsEntry(SERVICE_UUID_DELIVERY, "METADATA");
    }

    @Test
    void shouldIssueOneUuidPerServiceAndEnvironmentWhenTheRegistrationAskedForIt() {
        FakeExecution execution = execution(ISSUE_SERVICE_UUIDS);
        execution.variables.put(SERVICE_UUIDS_PER_ENVIRONMENT, true);

        bed.inTransaction(() -> bed.serviceUuidDelegate.execute(execution.asExecution()));
        bed.inTransaction(() -> bed.serviceUuidDelegate.execute(execution.asExecution()));

        assertThat(bed.applications.issuedServiceUuids(application.getId())).hasSize(4)
                .extracting(IssuedServiceUuid::getServiceUuid).doesNotHaveDuplicates();
    }

    private static String uuidOf(List<IssuedServiceUuid> issued, String service) {
        return issued.stream().filter(u -> u.getServiceName().equals(service)).map(IssuedServiceUuid::getServiceUuid)
                .findFirst().orElse(null);
    }

    @Test
    void shouldQueueOneMailPerRecipientWhenTheSameStepRunsTwice() {
        FakeExecution execution = execution("remindCorrectApplication");
        execution.localVariables.put(TEMPLATE_KEY, Notifications.APPLICANT_TASK_REMINDER);
        execution.localVariables.put(RELATED_TASK, "correctApplication");

        bed.inTransaction(() -> bed.notificationDelegate.execute(execution.asExecution()));
        bed.inTransaction(() -> bed.notificationDelegate.execute(execution.asExecution()));

        assertThat(bed.outbox.withStatus(MailStatus.PENDING)).singleElement().satisfies(mail -> {
            assertThat(mail.getRecipient()).isEqualTo("anne@voorbeeldstad.example");
            assertThat(mail.getIdempotencyKey()).isEqualTo("pi-1:remindCorrectApplication:ai-1:anne@voorbeeldstad.example");
            assertThat(mail.getParametersJson()).contains("correctApplication");
        });
    }

    @Test
    void shouldSendEscalationsToTheReviewers() {
        FakeExecution execution = execution("escalateRegisterApplication");
        execution.localVariables.put(TEMPLATE_KEY, Notifications.REVIEWER_TASK_ESCALATED);

        bed.inTransaction(() -> bed.notificationDelegate.execute(execution.asExecution()));

        assertThat(bed.outbox.withStatus(MailStatus.PENDING)).extracting(OutboxMail::getRecipient)
                .containsExactly("rev1@dictu.example", "rev2@dictu.example");
    }

    @Test
    void shouldReplaceTheStoredFindingsWhenTheChecksRunAgain() {
        FakeExecution execution = execution(RUN_AUTOMATED_CHECKS);

        bed.inTransaction(() -> bed.automatedChecksDelegate.execute(execution.asExecution()));
        bed.inTransaction(() -> bed.automatedChecksDelegate.execute(execution.asExecution()));

        long results = bed.em.createQuery("select count(c) from CheckResult c where c.kind = :kind", Long.class)
                .setParameter("kind", CheckKind.AUTOMATED).getSingleResult();
        assertThat(results).isEqualTo(1);
        assertThat(execution.variables).containsEntry(CHECKS_PASSED, true).containsEntry(ON_ALB_LIST, true);
    }
}
