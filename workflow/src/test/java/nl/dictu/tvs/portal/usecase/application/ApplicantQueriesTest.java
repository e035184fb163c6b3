package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.usecase.checking.LiveChecks;
import nl.dictu.tvs.portal.usecase.checking.LiveFindings;

import nl.dictu.tvs.portal.domain.application.CheckKind;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import nl.dictu.tvs.portal.usecase.checking.VersionChecks;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.oin.OinCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.otto;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicantQueriesTest {

    private final ServiceTestBed bed = new ServiceTestBed();
    private final ApplicantQueries applicantQueries = new ApplicantQueries(bed.applications, bed.auditTrail, bed.queries,
            new OrganisationRepository(bed.em));
    /** Without trust anchors: the certificate itself is not judged, so only metadata and reuse findings remain. */
    private final LiveChecks liveChecks = new LiveChecks(bed.applications, new VersionChecks(bed.applications,
            new TrustCheck(new OinCheck(true), Optional.empty(), new MetadataCheck(), Optional.empty(), bed.clock),
            new Auditor(bed.auditTrail, bed.clock), bed.clock, new ClusterRepository(bed.em)));

    @AfterEach
    void close() {
        bed.close();
    }

    private String submitWithBrokenMetadata() {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(),
                ServiceTestBed.contentWithMetadata("<not-metadata/>".getBytes(StandardCharsets.UTF_8))));
        bed.runDueJobs();
        return reference;
    }

    @Test
    void shouldListTheOrganisationsApplicationsWithServicesWaitingForAndLastChange() {
        String reference = submitWithBrokenMetadata();

        List<ApplicationOverview> mine = applicantQueries.myApplications(anne());

        assertThat(mine).singleElement().satisfies(row -> {
            assertThat(row.reference()).isEqualTo(reference);
            assertThat(row.services()).containsExactlyInAnyOrder("Parkeervergunning", "Afvalpas");
            assertThat(row.status().waitingFor()).isEqualTo(WaitingFor.APPLICANT);
            assertThat(row.lastChangedAt()).isAfterOrEqualTo(row.status().submittedAt());
            assertThat(row.lastChangedAt()).isEqualTo(row.status().openTasks().get(0).created());
        });
        assertThat(applicantQueries.myApplications(otto())).isEmpty();
    }

    /** The list reads the milestones of all its applications at once; each application still gets only its own. */
    @Test
    void shouldGiveEachApplicationOfTheListItsOwnMilestones() {
        String first = submitWithBrokenMetadata();
        String second = submitWithBrokenMetadata();

        List<ApplicationStatusView> listed = bed.queries.myApplications(anne());

        assertThat(listed).extracting(ApplicationStatusView::reference).containsExactlyInAnyOrder(first, second);
        for (ApplicationStatusView view : listed) {
            assertThat(view.milestones()).as(view.reference()).isNotEmpty()
                    .isEqualTo(bed.queries.status(anne(), view.reference()).milestones());
            assertThat(view.milestones()).extracting(Milestone::elementId).doesNotHaveDuplicates();
        }
        List<ApplicationStatusView> latest = bed.queries.statusesOf(bed.applications.findByOrganisationOin(anne().organisationOin()),
                ApplicationQueries.Milestones.LATEST);
        for (ApplicationStatusView view : latest) {
            List<Milestone> all = bed.queries.status(anne(), view.reference()).milestones();
            Instant last = all.get(all.size() - 1).completedAt();
            assertThat(view.milestones()).as("the latest of " + all).isNotEmpty()
                    .allMatch(milestone -> milestone.completedAt().equals(last))
                    .containsAll(all.stream().filter(milestone -> milestone.completedAt().equals(last)).toList());
        }
    }

    @Test
    void shouldShowTheLatestFindingsAndAHistoryWithoutReviewersClaims() {
        String reference = submitWithBrokenMetadata();
        bed.inTransaction(() -> bed.applicationCommands.correct(anne(), reference, ServiceTestBed.validCorrection()));
        bed.runDueJobs();
        bed.inTransaction(() -> bed.taskCommands.claim(reviewer("rev1"), bed.taskId(reference, REGISTER_APPLICATION)));

        ApplicantDossier dossier = applicantQueries.dossier(anne(), reference);

        assertThat(dossier.checks()).singleElement().satisfies(check -> {
            assertThat(check.kind()).isEqualTo(CheckKind.AUTOMATED);
            assertThat(check.versionNumber()).isEqualTo(2);
            assertThat(check.passed()).isTrue();
        });
        assertThat(dossier.history()).extracting(HistoryEntry::action)
                .containsExactly("checksRun", "applicationCorrected", "checksRun", "applicationSubmitted")
                .doesNotContain("taskClaimed");
        assertThat(dossier.history().get(0).passed()).isTrue();
        assertThat(dossier.history().get(2).passed()).isFalse();
        assertThat(dossier.history()).filteredOn(e -> e.action().equals("applicationCorrected")).singleElement()
                .satisfies(e -> {
                    assertThat(e.by()).isEqualTo(HistoryEntry.Party.APPLICANT);
                    assertThat(e.username()).isEqualTo("anne");
                    assertThat(e.elementId()).isEqualTo(CORRECT_APPLICATION);
                });
        assertThat(dossier.status().waitingFor()).isEqualTo(WaitingFor.DICTU);
        assertThat(dossier.services()).hasSize(2);
    }

    @Test
    void shouldRefuseAnotherOrganisationTheDossierAndTheLiveChecksAsIfTheyDidNotExist() {
        String reference = submitWithBrokenMetadata();

        for (Runnable call : List.<Runnable>of(
                () -> applicantQueries.dossier(otto(), reference),
                () -> applicantQueries.contentToCorrect(otto(), reference),
                () -> applicantQueries.productionToCorrect(otto(), reference),
                () -> bed.queries.status(otto(), reference),
                () -> liveChecks.production(otto(), reference, "x", new byte[] {1}))) {
            assertThatThrownBy(call::run).isInstanceOf(AccessRefusedException.class)
                    .satisfies(e -> assertThat(((AccessRefusedException) e).messageKey()).isEqualTo("access.notYourApplication"));
        }
        assertThatThrownBy(() -> applicantQueries.dossier(anne(), "TVS-2000-99999"))
                .satisfies(e -> assertThat(((AccessRefusedException) e).messageKey()).isEqualTo("access.notYourApplication"));
    }

    @Test
    void shouldJudgeAProductionRequestLiveAndRefuseThePreproductionCertificate() {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), ServiceTestBed.validContent()));
        ProductionRequest reused = ServiceTestBed.productionRequest(List.of(), true);
        ProductionRequest fresh = ServiceTestBed.productionRequest(List.of(), false);

        LiveFindings reusedReport = liveChecks.production(anne(), reference, reused.certificatePem(), reused.metadata());
        LiveFindings freshReport = liveChecks.production(anne(), reference, fresh.certificatePem(), fresh.metadata());
        LiveFindings wrongEnvironment = liveChecks.correction(anne(), reference, fresh.certificatePem(), fresh.metadata(), false);

        assertThat(reusedReport.codes()).contains(FindingCode.METADATA_CERTIFICATE_REUSED_ACROSS_ENVIRONMENTS);
        assertThat(reusedReport.passed()).isFalse();
        assertThat(freshReport.codes()).doesNotContain(FindingCode.METADATA_CERTIFICATE_REUSED_ACROSS_ENVIRONMENTS)
                .contains(FindingCode.METADATA_SUMMARY);
        assertThat(freshReport.passed()).as("%s", freshReport.findings()).isTrue();
        assertThat(wrongEnvironment.codes()).contains(FindingCode.METADATA_ENTITY_ID_INDEX_OUT_OF_RANGE);
        assertThat(wrongEnvironment.passed()).isFalse();
        assertThat(bed.applications.checkResult(bed.applications.currentVersion(
                bed.applications.findByReference(reference).orElseThrow()), CheckKind.PRODUCTION)).isEmpty();
    }

    @Test
    void shouldStartACorrectionFromTheContentAsSubmitted() {
        String reference = submitWithBrokenMetadata();

        assertThat(new String(applicantQueries.contentToCorrect(anne(), reference).preproductionMetadata(),
                StandardCharsets.UTF_8)).isEqualTo("<not-metadata/>");
        assertThat(applicantQueries.productionToCorrect(anne(), reference)).satisfies(production -> {
            assertThat(production.certificatePem()).isEmpty();
            assertThat(production.metadataText()).isEmpty();
            assertThat(production.desiredGoLive()).isNull();
        });
    }
}
