package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.error.TaskAlreadyCompletedException;
import nl.dictu.tvs.portal.usecase.review.DecisionKind;
import nl.dictu.tvs.portal.usecase.review.ItemVerdict;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;

import nl.dictu.tvs.portal.document.UploadKind;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.CheckKind;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import nl.dictu.tvs.portal.domain.application.RegistrationKind;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;
import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.domain.mail.MailStatus;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ACKNOWLEDGE_TEST_ACCOUNTS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_PREPRODUCTION_METADATA;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ARRANGE_DIGID_CONNECTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_PRODUCTION_REQUEST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.DELIVER_TEST_ACCOUNTS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REQUEST_PRODUCTION;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.otto;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationServicesTest {

    private final ServiceTestBed bed = new ServiceTestBed();

    @AfterEach
    void close() {
        bed.close();
    }

    private String submitAndCheck() {
        return submitAndCheck(ServiceTestBed.validContent());
    }

    private String submitAndCheck(ApplicationContent content) {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), content));
        bed.runDueJobs();
        return reference;
    }

    private void complete(String user, String reference, String taskKey, TaskDecision decision) {
        String taskId = bed.taskId(reference, taskKey);
        bed.inTransaction(() -> bed.taskCommands.complete(
                user.equals("anne") ? anne() : reviewer(user), taskId, decision));
        bed.runDueJobs();
    }

    private static String refusalKey(Throwable e) {
        return ((ApplicationServiceException) e).messageKey();
    }

    @Test
    void shouldSubmitWithAYearlyReferenceRunTheChecksAndWaitForDictu() {
        String reference = submitAndCheck();

        assertThat(reference).isEqualTo("TVS-" + ServiceTestBed.START.atZone(WorkingDays.ZONE).getYear() + "-00001");
        Application application = bed.applications.findByReference(reference).orElseThrow();
        assertThat(bed.engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .variableValueEquals(ConnectionRequestModel.Variables.APPLICATION_ID, application.getId()).count()).isEqualTo(1);
        assertThat(bed.applications.checkResult(bed.applications.currentVersion(application), CheckKind.AUTOMATED))
                .hasValueSatisfying(c -> assertThat(c.isPassed()).as(c.getReportJson()).isTrue());
        List<ApplicationStatusView> mine = bed.queries.myApplications(anne());
        assertThat(mine).singleElement().satisfies(view -> {
            assertThat(view.waitingFor()).isEqualTo(WaitingFor.DICTU);
            assertThat(view.status()).isEqualTo(ApplicationStatusView.IN_PROGRESS);
            assertThat(view.openTasks()).extracting(t -> t.taskKey()).containsExactly(REGISTER_APPLICATION);
            assertThat(view.milestones()).extracting(Milestone::elementId).contains(ConnectionRequestModel.RUN_AUTOMATED_CHECKS);
        });
        assertThat(bed.queries.tasksFor(reviewer("rev1"))).extracting(t -> t.reference()).containsExactly(reference);
        assertThat(bed.queries.tasksFor(anne())).isEmpty();
    }

    @Test
    void shouldShowTheReviewerAndTheOwnApplicantTheSameRoadAndRefuseOthers() {
        String reference = submitAndCheck();

        MilestoneRoad road = bed.queries.road(reviewer("rev1"), reference);

        assertThat(road.passed()).extracting(Milestone::elementId).contains(ConnectionRequestModel.RUN_AUTOMATED_CHECKS);
        assertThat(road.current()).containsExactly(REGISTER_APPLICATION);
        assertThat(road.ahead()).startsWith(ConnectionRequestModel.ISSUE_SERVICE_UUIDS).contains(APPROVE_PRODUCTION);
        assertThat(bed.queries.road(anne(), reference)).isEqualTo(road);
        assertThatThrownBy(() -> bed.queries.road(otto(), reference))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("access.notYourApplication"));
    }

    @Test
    void shouldLetTheReviewerDownloadACertificateThatWasPastedRatherThanUploaded() {
        String reference = submitAndCheck();

        FileDownload certificate = bed.submittedContent.versionContent(reviewer("rev1"), reference, "CERTIFICATE");

        assertThat(new String(certificate.content(), StandardCharsets.US_ASCII)).contains("BEGIN CERTIFICATE");
        assertThat(bed.submittedContent.contentOf(reviewer("rev1"), reference).uploads())
                .filteredOn(upload -> upload.kind() == UploadKind.CERTIFICATE).singleElement()
                .satisfies(upload -> {
                    assertThat(upload.downloadable()).as("no stored upload").isFalse();
                    assertThat(upload.fileName()).isEqualTo(certificate.fileName());
                    assertThat(upload.sha256()).isEqualTo(certificate.sha256());
                });
        assertThatThrownBy(() -> bed.submittedContent.versionContent(reviewer("rev1"), reference, "PRODUCTION_METADATA"))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("access.fileNotFound"));
        assertThatThrownBy(() -> bed.submittedContent.versionContent(reviewer("rev1"), reference, "PASSPORT"))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("access.fileNotFound"));
        assertThatThrownBy(() -> bed.submittedContent.versionContent(otto(), reference, "CERTIFICATE"))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("access.notYourApplication"));
    }

    @Test
    void shouldLetTheApplicantCorrectFindingsIntoASecondVersion() {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(),
                ServiceTestBed.contentWithMetadata("<not-metadata/>".getBytes(StandardCharsets.UTF_8))));
        bed.runDueJobs();
        assertThat(bed.queries.myApplications(anne()).get(0).waitingFor()).isEqualTo(WaitingFor.APPLICANT);

        bed.inTransaction(() -> bed.applicationCommands.correct(anne(), reference, ServiceTestBed.validCorrection()));
        bed.runDueJobs();

        Application application = bed.applications.findByReference(reference).orElseThrow();
        assertThat(bed.applications.versions(application)).hasSize(2);
        assertThat(bed.applications.checkResult(bed.applications.versions(application).get(0), CheckKind.AUTOMATED))
                .hasValueSatisfying(c -> assertThat(c.isPassed()).isFalse());
        assertThat(bed.queries.myApplications(anne()).get(0).openTasks()).extracting(t -> t.taskKey())
                .containsExactly(REGISTER_APPLICATION);
        assertThat(bed.auditTrail.ofApplication(application.getId())).extracting(AuditEvent::getAction)
                .containsSubsequence("applicationSubmitted", "checksRun", "applicationCorrected", "checksRun");
    }

    @Test
    void shouldRefuseAnotherOrganisationsApplicantEverything() {
        String reference = submitAndCheck();

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.withdraw(otto(), reference)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("access.notYourApplication"));
        assertThatThrownBy(() -> bed.applicantQueries.dossier(otto(), reference))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.correct(otto(), reference,
                ServiceTestBed.validCorrection()))).isInstanceOf(AccessRefusedException.class);
        assertThat(bed.queries.myApplications(otto())).isEmpty();
    }

    @Test
    void shouldRefuseAnApplicantAReviewerTaskAndAReviewerTheApplicantsSubmission() {
        String reference = submitAndCheck();
        String registration = bed.taskId(reference, REGISTER_APPLICATION);

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(anne(), registration, TaskDecision.accept())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("access.reviewersOnly"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.submit(reviewer("rev1"),
                ServiceTestBed.validContent())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("access.applicantsOnly"));
        assertThat(bed.taskId(reference, REGISTER_APPLICATION)).isEqualTo(registration);
    }

    @Test
    void shouldTellTheSecondReviewerThatTheTaskIsAlreadyCompleted() {
        String reference = submitAndCheck();
        String registration = bed.taskId(reference, REGISTER_APPLICATION);

        bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), registration, TaskDecision.accept()));

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev2"), registration,
                TaskDecision.reject("too late"))))
                .isInstanceOf(TaskAlreadyCompletedException.class)
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo(TaskAlreadyCompletedException.KEY));
        assertThat(bed.engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName(ConnectionRequestModel.Variables.REGISTRATION_ACCEPTED).singleResult().getValue()).isEqualTo(true);
    }

    @Test
    void shouldKeepAClaimedTaskForTheReviewerWhoClaimedIt() {
        String reference = submitAndCheck();
        String registration = bed.taskId(reference, REGISTER_APPLICATION);

        bed.inTransaction(() -> bed.taskCommands.claim(reviewer("rev1"), registration));

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.claim(reviewer("rev2"), registration)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("task.claimedByOther"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev2"), registration,
                TaskDecision.accept())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("task.claimedByOther"));
        bed.inTransaction(() -> bed.taskCommands.unclaim(reviewer("rev1"), registration));
        assertThat(bed.engine.getTaskService().createTaskQuery().taskId(registration).singleResult().getAssignee()).isNull();
    }

    @Test
    void shouldRequireAReasonForARejectionAndMailItToTheApplicant() {
        String reference = submitAndCheck();
        String registration = bed.taskId(reference, REGISTER_APPLICATION);

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), registration,
                TaskDecision.reject(" "))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.reasonRequired"));
        complete("rev1", reference, REGISTER_APPLICATION, TaskDecision.reject("Het OIN hoort bij een andere gemeente"));

        List<OutboxMail> mails = bed.outbox.withStatus(MailStatus.PENDING).stream()
                .filter(mail -> !mail.getTemplateKey().equals(ConnectionRequestModel.Notifications.APPLICATION_RECEIVED)).toList();
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.getRecipient()).isEqualTo("anne@voorbeeldstad.example");
            assertThat(mail.getTemplateKey()).isEqualTo(ConnectionRequestModel.Notifications.APPLICATION_REJECTED);
            assertThat(MailParameters.fromJson(mail.getParametersJson()))
                    .isEqualTo(new MailParameters(reference, "", "Het OIN hoort bij een andere gemeente"));
        });
        assertThat(bed.queries.myApplications(anne()).get(0).status()).isEqualTo(ConnectionRequestModel.Status.REJECTED);
    }

    @Test
    void shouldKeepWhatACorrectionMayNotChangeAndRefuseOneTheChecksStillFail() {
        ApplicationContent failing = ServiceTestBed.contentWithMetadata("<not-metadata/>".getBytes(StandardCharsets.UTF_8));
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), failing));
        bed.runDueJobs();

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.correct(anne(), reference,
                ServiceTestBed.correctionOf(failing))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("applicant.correct.findingsRemain"));
        bed.inTransaction(() -> bed.applicationCommands.correct(anne(), reference, ServiceTestBed.validCorrection()));

        Application application = bed.applications.findByReference(reference).orElseThrow();
        ApplicationContent first = bed.applications.versions(application).get(0).content();
        ApplicationContent corrected = bed.applications.currentVersion(application).content();
        assertThat(bed.applications.versions(application)).hasSize(2);
        assertThat(corrected.eenmaligInloggen()).isEqualTo(first.eenmaligInloggen());
        assertThat(corrected.termsVersion()).isEqualTo(first.termsVersion());
        assertThat(corrected.checklistAnswers()).isEqualTo(first.checklistAnswers());
    }

    @Test
    void shouldRefuseAProductionRequestWithoutAGoLiveDateOrWithOneInThePast() {
        String reference = toPreproductionApproval();
        complete("rev2", reference, APPROVE_PREPRODUCTION, TaskDecision.accept());
        bed.uploadPreproductionMetadata(reference);
        ProductionRequest request = ServiceTestBed.productionRequest(productionUuids(reference), false);
        LocalDate yesterday = LocalDate.ofInstant(bed.clock.instant(), WorkingDays.ZONE).minusDays(1);

        for (LocalDate wrong : java.util.Arrays.asList(yesterday, null)) {
            assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.requestProduction(anne(), reference,
                    new ProductionRequest(request.certificatePem(), request.metadata(), true, wrong, request.checklistAnswers()))))
                    .as(String.valueOf(wrong))
                    .isInstanceOfSatisfying(InvalidApplicationException.class, e -> {
                        assertThat(e.field()).isEqualTo("desiredGoLive");
                        assertThat(e.messageKey()).isEqualTo(wrong == null
                                ? "applicant.production.goLiveRequired" : "applicant.production.goLiveInPast");
                    });
        }
        bed.inTransaction(() -> bed.applicationCommands.requestProduction(anne(), reference,
                new ProductionRequest(request.certificatePem(), request.metadata(), true, yesterday.plusDays(1),
                        request.checklistAnswers())));
        assertThat(bed.queries.myApplications(anne()).get(0).currentVersion()).as("submitted, updated metadata, production")
                .isEqualTo(3);
    }

    @Test
    void shouldRefuseADecisionOfAnotherKindThanTheTaskTakes() {
        String reference = submitAndCheck();
        String registration = bed.taskId(reference, REGISTER_APPLICATION);

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), registration,
                TaskDecision.withReference("DIGID-1"))))
                .isInstanceOfSatisfying(ApplicationServiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("decision.referenceNotTaken");
                    assertThat(e.field()).isEqualTo("reference");
                });
        assertThat(bed.taskCommands.decisionKind(reviewer("rev1"), registration)).isEqualTo(DecisionKind.ACCEPT_OR_REJECT);
        complete("rev1", reference, REGISTER_APPLICATION, TaskDecision.accept());
        String digid = bed.taskId(reference, ARRANGE_DIGID_CONNECTION);
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), digid,
                new TaskDecision(true, null, "DIGID-1"))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.outcomeNotTaken"));
        assertThat(bed.taskId(reference, ARRANGE_DIGID_CONNECTION)).isEqualTo(digid);
    }

    private String toPreproductionApproval() {
        return toPreproductionApproval(ServiceTestBed.validContent());
    }

    private String toPreproductionApproval(ApplicationContent content) {
        String reference = submitAndCheck(content);
        complete("rev1", reference, REGISTER_APPLICATION, TaskDecision.accept());
        complete("rev1", reference, ARRANGE_DIGID_CONNECTION, TaskDecision.withReference("DIGID-2026-123"));
        complete("rev2", reference, DELIVER_TEST_ACCOUNTS, TaskDecision.withReference("DigiD test accounts 1-4 by secure mail"));
        complete("anne", reference, ACKNOWLEDGE_TEST_ACCOUNTS, TaskDecision.none());
        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(ServiceTestBed.CHECKLIST_FOR_DIGID_AND_EHERKENNING
                .stream().map(code -> new ItemVerdict(code, true, null)).toList()));
        return reference;
    }

    private List<String> productionUuids(String reference) {
        return bed.applicantQueries.dossier(anne(), reference).serviceUuids().stream()
                .filter(u -> u.environment().equals("PRODUCTION"))
                .map(ApplicantDossier.ServiceUuid::uuid).toList();
    }

    /** The production check of metadata without AttributeConsumingService, after the production UUIDs are issued. */
    private CheckFindings productionCheckWithoutAttributeConsumingService(ServiceUuidDelivery delivery) {
        String reference = toPreproductionApproval(ServiceTestBed.validContent(delivery));
        complete("rev2", reference, APPROVE_PREPRODUCTION, TaskDecision.accept());
        if (delivery == ServiceUuidDelivery.METADATA) {
            bed.uploadPreproductionMetadata(reference);
        }
        assertThat(productionUuids(reference)).isNotEmpty();

        bed.inTransaction(() -> bed.applicationCommands.requestProduction(anne(), reference,
                ServiceTestBed.productionRequest(List.of(), false)));
        bed.runDueJobs();
        ApplicantDossier dossier = bed.applicantQueries.dossier(anne(), reference);
        assertThat(dossier.serviceUuidDelivery()).isEqualTo(delivery);
        return dossier.checks().stream().filter(c -> c.kind() == CheckKind.PRODUCTION).findFirst().orElseThrow();
    }

    @Test
    void shouldAcceptProductionMetadataWithoutAttributeConsumingServiceWhenTheServiceUuidTravelsInTheAuthnRequest() {
        CheckFindings check = productionCheckWithoutAttributeConsumingService(ServiceUuidDelivery.AUTHN_REQUEST);

        assertThat(check.findings()).extracting(Finding::code).doesNotContain(FindingCode.METADATA_SERVICE_UUID_MISSING);
        assertThat(check.passed()).isTrue();
    }

    @Test
    void shouldRefuseProductionMetadataWithoutTheIssuedServiceUuidsWhenTheyTravelInTheMetadata() {
        CheckFindings check = productionCheckWithoutAttributeConsumingService(ServiceUuidDelivery.METADATA);

        assertThat(check.passed()).isFalse();
        assertThat(check.findings()).filteredOn(f -> f.code() == FindingCode.METADATA_SERVICE_UUID_MISSING).hasSize(2);
    }

    @Test
    void shouldKeepTheServiceUuidModeThroughACorrection() {
        String reference = submitAndCheck(ServiceTestBed.withServiceUuidDelivery(
                ServiceTestBed.contentWithMetadata("<not-metadata/>".getBytes(StandardCharsets.UTF_8)),
                ServiceUuidDelivery.AUTHN_REQUEST));

        bed.inTransaction(() -> bed.applicationCommands.correct(anne(), reference, ServiceTestBed.validCorrection()));

        assertThat(bed.applicantQueries.contentToCorrect(anne(), reference).serviceUuidDelivery())
                .isEqualTo(ServiceUuidDelivery.AUTHN_REQUEST);
    }

    @Test
    void shouldRefuseAnApplicationThatDoesNotSayHowItsServiceSendsItsServiceUuid() {
        ApplicationContent valid = ServiceTestBed.validContent();

        assertThatThrownBy(() -> new ApplicationContent(valid.services(), valid.eenmaligInloggen(), valid.certificatePem(),
                valid.preproductionMetadata(), valid.termsVersion(), valid.contacts(), valid.checklistAnswers(), null))
                .isInstanceOfSatisfying(InvalidApplicationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("application.invalid.serviceUuidDelivery"));
    }

    @Test
    void shouldRefuseTheSameCertificateForProductionAndGoLiveWithANewOne() {
        String reference = toPreproductionApproval();
        complete("rev2", reference, APPROVE_PREPRODUCTION, TaskDecision.accept());
        bed.uploadPreproductionMetadata(reference);

        bed.inTransaction(() -> bed.applicationCommands.requestProduction(anne(), reference,
                ServiceTestBed.productionRequest(productionUuids(reference), true)));
        bed.runDueJobs();
        assertThat(bed.applicantQueries.dossier(anne(), reference).checks())
                .filteredOn(c -> c.kind() == CheckKind.PRODUCTION).singleElement().satisfies(check -> {
                    assertThat(check.passed()).isFalse();
                    assertThat(check.findings()).extracting(Finding::code)
                            .contains(FindingCode.METADATA_CERTIFICATE_REUSED_ACROSS_ENVIRONMENTS);
                });
        bed.inTransaction(() -> bed.applicationCommands.requestProduction(anne(), reference,
                ServiceTestBed.productionRequest(productionUuids(reference), false)));
        bed.runDueJobs();
        complete("rev1", reference, ASSESS_PRODUCTION, TaskDecision.accept());
        complete("rev2", reference, APPROVE_PRODUCTION, TaskDecision.accept());

        ApplicationStatusView view = bed.queries.myApplications(anne()).get(0);
        assertThat(view.status()).isEqualTo(ConnectionRequestModel.Status.LIVE);
        assertThat(view.currentVersion()).as("submitted, updated metadata, two production requests").isEqualTo(4);
        assertThat(view.milestones()).extracting(Milestone::elementId)
                .contains(ConnectionRequestModel.CORRECT_PRODUCTION_REQUEST, ConnectionRequestModel.REGISTER_PRODUCTION_CONNECTION);
        assertThat(bed.outbox.withStatus(MailStatus.PENDING)).extracting(OutboxMail::getTemplateKey)
                .contains(ConnectionRequestModel.Notifications.PRODUCTION_CONNECTED);
        assertThat(bed.engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .variableValueLike(ConnectionRequestModel.Variables.CERTIFICATE_REMINDER_AT, "20%").count()).isEqualTo(1);
    }

    @Test
    void shouldCarryAnApplicationToPreproductionWithFourEyesAndTheUpdatedMetadataWithOneUuidPerService() {
        String reference = toPreproductionApproval();
        String approval = bed.taskId(reference, APPROVE_PREPRODUCTION);

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), approval,
                TaskDecision.none())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("task.fourEyes"));
        complete("rev2", reference, APPROVE_PREPRODUCTION, TaskDecision.accept());

        ApplicantDossier details = bed.applicantQueries.dossier(anne(), reference);
        assertThat(details.serviceUuids()).hasSize(4);
        assertThat(details.serviceUuidsOf("PRODUCTION")).extracting(ApplicantDossier.ServiceUuid::uuid)
                .as("shared by both environments").containsExactlyElementsOf(details.serviceUuidsOf("PREPRODUCTION")
                        .stream().map(ApplicantDossier.ServiceUuid::uuid).toList())
                .doesNotHaveDuplicates();
        assertThat(bed.queries.myApplications(anne()).get(0).openTasks()).extracting(t -> t.taskKey())
                .containsExactly(UPLOAD_PREPRODUCTION_METADATA);
        assertThat(registration(reference)).as("not before the updated metadata").isEmpty();

        bed.uploadPreproductionMetadata(reference);

        assertThat(bed.outbox.withStatus(MailStatus.PENDING)).extracting(OutboxMail::getTemplateKey)
                .containsOnlyOnce(ConnectionRequestModel.Notifications.PREPRODUCTION_CONNECTED)
                .contains(ConnectionRequestModel.Notifications.APPLICATION_RECEIVED);
        ApplicationStatusView view = bed.queries.myApplications(anne()).get(0);
        assertThat(view.openTasks()).extracting(t -> t.taskKey()).containsExactly(REQUEST_PRODUCTION);
        assertThat(view.waitingFor()).isEqualTo(WaitingFor.APPLICANT);
        Application application = bed.applications.findByReference(reference).orElseThrow();
        ApplicationVersion uploaded = bed.applications.currentVersion(application);
        assertThat(registration(reference)).hasValueSatisfying(r -> assertThat(r.getDetailsJson())
                .contains("DIGID-2026-123", uploaded.getPreproductionMetadataSha256(),
                        details.serviceUuidsOf("PREPRODUCTION").get(0).uuid()));
    }

    @Test
    void shouldIssueAServiceUuidPerEnvironmentWhenTheRegisteringReviewerChoosesSo() {
        String reference = submitAndCheck(ServiceTestBed.validContent());

        complete("rev1", reference, REGISTER_APPLICATION, TaskDecision.acceptWithServiceUuidsPerEnvironment());

        assertThat(bed.applicantQueries.dossier(anne(), reference).serviceUuids()).hasSize(4)
                .extracting(ApplicantDossier.ServiceUuid::uuid).doesNotHaveDuplicates();
    }

    @Test
    void shouldRefuseUpdatedMetadataWithoutTheIssuedServiceUuidsAndKeepTheTaskOpen() {
        String reference = toPreproductionApproval();
        complete("rev2", reference, APPROVE_PREPRODUCTION, TaskDecision.accept());
        String certificate = ServiceTestBed.validContent().certificatePem();
        byte[] withoutUuids = ServiceTestBed.validContent().preproductionMetadata();

        assertThat(bed.liveChecks.preproductionMetadata(anne(), reference, certificate, withoutUuids).passed()).isFalse();
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.preproductionMetadataCommands.upload(anne(), reference,
                certificate, withoutUuids)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("applicant.preproductionMetadata.findingsRemain"));

        String task = bed.taskId(reference, UPLOAD_PREPRODUCTION_METADATA);
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(anne(), task, TaskDecision.none())))
                .as("not without metadata").satisfies(e -> assertThat(refusalKey(e)).isEqualTo("task.completeWithForm"));
        assertThat(bed.taskId(reference, UPLOAD_PREPRODUCTION_METADATA)).isEqualTo(task);
        assertThat(registration(reference)).isEmpty();
    }

    @Test
    void shouldRegisterPreproductionWithTheMetadataAsItIsWhenTheApplicantSendsTheServiceUuidInTheAuthnRequest() {
        String reference = toPreproductionApproval();
        complete("rev2", reference, APPROVE_PREPRODUCTION, TaskDecision.accept());

        bed.inTransaction(() -> bed.preproductionMetadataCommands.sendServiceUuidInAuthnRequest(anne(), reference));
        bed.runDueJobs();

        assertThat(bed.applicantQueries.dossier(anne(), reference).serviceUuidDelivery())
                .isEqualTo(ServiceUuidDelivery.AUTHN_REQUEST);
        assertThat(bed.queries.myApplications(anne()).get(0).openTasks()).extracting(t -> t.taskKey())
                .containsExactly(REQUEST_PRODUCTION);
        assertThat(registration(reference)).isPresent();
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.preproductionMetadataCommands
                .sendServiceUuidInAuthnRequest(anne(), reference)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.noPreproductionMetadataExpected"));
    }

    @Test
    void shouldNotAskForUpdatedMetadataWhenTheApplicationSendsTheServiceUuidInTheAuthnRequest() {
        String reference = toPreproductionApproval(ServiceTestBed.validContent(ServiceUuidDelivery.AUTHN_REQUEST));

        complete("rev2", reference, APPROVE_PREPRODUCTION, TaskDecision.accept());

        assertThat(bed.queries.myApplications(anne()).get(0).openTasks()).extracting(t -> t.taskKey())
                .containsExactly(REQUEST_PRODUCTION);
        assertThat(registration(reference)).isPresent();
    }

    private java.util.Optional<nl.dictu.tvs.portal.domain.application.ConnectionRegistration> registration(String reference) {
        return bed.applications.registration(bed.applications.findByReference(reference).orElseThrow().getId(),
                nl.dictu.tvs.portal.domain.application.RegistrationKind.PREPRODUCTION);
    }

    @Test
    void shouldWithdrawAnOpenApplicationAndRefuseASecondWithdrawal() {
        String reference = submitAndCheck();

        bed.inTransaction(() -> bed.applicationCommands.withdraw(anne(), reference));
        bed.runDueJobs();

        assertThat(bed.queries.myApplications(anne()).get(0).status()).isEqualTo(ConnectionRequestModel.Status.WITHDRAWN);
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.withdraw(anne(), reference)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.withdraw.notOpen"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.correct(anne(), reference,
                ServiceTestBed.validCorrection())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.noCorrectionExpected"));
        assertThat(bed.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(CORRECT_APPLICATION).count()).isZero();
    }

    private String toProductionRequested() {
        String reference = toPreproductionApproval();
        complete("rev2", reference, APPROVE_PREPRODUCTION, TaskDecision.accept());
        bed.uploadPreproductionMetadata(reference);
        bed.inTransaction(() -> bed.applicationCommands.requestProduction(anne(), reference,
                ServiceTestBed.productionRequest(productionUuids(reference), false)));
        bed.runDueJobs();
        return reference;
    }

    private String toLive() {
        String reference = toProductionRequested();
        complete("rev1", reference, ASSESS_PRODUCTION, TaskDecision.accept());
        complete("rev2", reference, APPROVE_PRODUCTION, TaskDecision.accept());
        return reference;
    }

    @Test
    void shouldGiveTheApplicantTheProductionCorrectionWithTheAssessorsReasonByMail() {
        String reference = toProductionRequested();
        String assessment = bed.taskId(reference, ASSESS_PRODUCTION);

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), assessment,
                TaskDecision.none())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.acceptOrRejectRequired"));
        complete("rev1", reference, ASSESS_PRODUCTION, TaskDecision.reject("De gewenste livegangsdatum valt in een bevriezing"));

        assertThat(bed.queries.myApplications(anne()).get(0).openTasks()).extracting(t -> t.taskKey())
                .containsExactly(CORRECT_PRODUCTION_REQUEST);
        assertThat(bed.outbox.withStatus(MailStatus.PENDING))
                .filteredOn(m -> m.getTemplateKey().equals(ConnectionRequestModel.Notifications.PRODUCTION_REQUEST_REFUSED))
                .singleElement().satisfies(mail -> assertThat(MailParameters.fromJson(mail.getParametersJson()).rejectionReason())
                        .isEqualTo("De gewenste livegangsdatum valt in een bevriezing"));
    }

    @Test
    void shouldReturnARefusedProductionApprovalToTheAssessorAndStillAllowWithdrawal() {
        String reference = toProductionRequested();
        complete("rev1", reference, ASSESS_PRODUCTION, TaskDecision.accept());

        complete("rev2", reference, APPROVE_PRODUCTION, TaskDecision.reject("Indexbereik nog eens nalopen"));

        assertThat(bed.queries.tasksFor(reviewer("rev1"))).extracting(t -> t.taskKey()).containsExactly(ASSESS_PRODUCTION);
        bed.inTransaction(() -> bed.applicationCommands.withdraw(anne(), reference));
        bed.runDueJobs();
        assertThat(bed.queries.myApplications(anne()).get(0).status()).isEqualTo(ConnectionRequestModel.Status.WITHDRAWN);
    }

    @Test
    void shouldRenewTheProductionCertificateAfterGoLiveAsANewCheckedVersion() {
        String reference = toLive();
        Application application = bed.applications.findByReference(reference).orElseThrow();
        int liveVersion = bed.applications.currentVersion(application).getNumber();
        ProductionRequest renewal = ServiceTestBed.productionRequest(productionUuids(reference), false);

        bed.inTransaction(() -> bed.applicationCommands.renewProductionCertificate(anne(), reference,
                renewal.certificatePem(), renewal.metadata()));
        bed.runDueJobs();

        Application renewed = bed.applications.findByReference(reference).orElseThrow();
        assertThat(renewed.getCurrentVersionNumber()).isEqualTo(liveVersion + 1);
        assertThat(bed.applications.checkResult(bed.applications.currentVersion(renewed), CheckKind.PRODUCTION))
                .hasValueSatisfying(c -> assertThat(c.isPassed()).as(c.getReportJson()).isTrue());
        assertThat(bed.applications.registration(renewed.getId(), RegistrationKind.PRODUCTION))
                .hasValueSatisfying(r -> assertThat(r.getDetailsJson()).contains("\"version\":\"" + (liveVersion + 1) + "\""));
        assertThat(bed.outbox.withStatus(MailStatus.PENDING)).extracting(OutboxMail::getTemplateKey)
                .contains(ConnectionRequestModel.Notifications.PRODUCTION_CERTIFICATE_RENEWED);
        assertThat(bed.engine.getRuntimeService().createEventSubscriptionQuery()
                .activityId(ConnectionRequestModel.PRODUCTION_CERTIFICATE_RENEWED).count())
                .as("waits for the next renewal").isEqualTo(1);
        assertThat(bed.auditTrail.ofApplication(renewed.getId())).extracting(AuditEvent::getAction)
                .containsSubsequence("productionCertificateRenewed", "checksRun", "connectionRegistered");
    }

    @Test
    void shouldRefuseARenewalBeforeGoLiveAndKeepTheVersion() {
        String reference = toPreproductionApproval();

        ProductionRequest renewal = ServiceTestBed.productionRequest(List.of(), false);

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.renewProductionCertificate(anne(), reference,
                renewal.certificatePem(), renewal.metadata())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.renewal.notExpected"));
        assertThat(bed.applications.findByReference(reference).orElseThrow().getCurrentVersionNumber()).isEqualTo(1);
    }

    @Test
    void shouldRequireTheReviewerToRecordWhichTestAccountsWereDelivered() {
        String reference = submitAndCheck();
        complete("rev1", reference, REGISTER_APPLICATION, TaskDecision.accept());
        String delivery = bed.taskId(reference, DELIVER_TEST_ACCOUNTS);

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev2"), delivery,
                TaskDecision.none())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.testAccountsRequired"));
        complete("rev2", reference, DELIVER_TEST_ACCOUNTS, TaskDecision.withReference("Vier DigiD-testaccounts per beveiligde mail"));

        assertThat(bed.engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName(ConnectionRequestModel.Variables.TEST_ACCOUNTS_DELIVERY).singleResult().getValue())
                .isEqualTo("Vier DigiD-testaccounts per beveiligde mail");
    }
}
