package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.document.ChecklistAssessmentData;
import nl.dictu.tvs.portal.document.Verdict;
import nl.dictu.tvs.portal.domain.application.AlbDecisionRepository;
import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.usecase.documents.ApplicationUploads;
import nl.dictu.tvs.portal.usecase.documents.DocumentAssembler;
import nl.dictu.tvs.portal.domain.cluster.ClusterMember;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.domain.cluster.MemberChecklistAnswer;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.usecase.review.ItemVerdict;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REWORK_CHECKLIST;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.CHECKLIST_FOR_DIGID_AND_EHERKENNING;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.OTHER_OIN;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checklist assessment of a cluster application whose two served organisations answer C2 themselves: the reviewer
 * judges each member's own answer besides the application's, may not complete the task with one missing, and a
 * rejected member answer sends the application through the same rework task as the application's own answers. The
 * members are recorded as {@code ClusterApplications} records them on submission.
 */
class MemberChecklistAssessmentTest {

    /** A served organisation of its own: the applicant is never one of the organisations it serves. */
    private static final String NEIGHBOUR_OIN = "00000099555555555000";

    private final ServiceTestBed bed = new ServiceTestBed();
    private final ClusterRepository clusters = new ClusterRepository(bed.em);

    @AfterEach
    void close() {
        bed.close();
    }

    private static String refusalKey(Throwable e) {
        return ((ApplicationServiceException) e).messageKey();
    }

    /** A cluster of two members, each with its own answer to C2, at the checklist assessment. */
    private String toChecklistAssessment() {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), ServiceTestBed.validContent()));
        bed.inTransaction(() -> {
            OrganisationRepository organisations = new OrganisationRepository(bed.em);
            if (organisations.findByOin(NEIGHBOUR_OIN).isEmpty()) {
                bed.em.persist(new Organisation(NEIGHBOUR_OIN, "Gemeente Buurdorp", ServiceTestBed.START));
            }
            long applicationId = bed.applications.findByReference(reference).map(Application::getId).orElseThrow();
            int position = 0;
            for (String oin : List.of(NEIGHBOUR_OIN, OTHER_OIN)) {
                Organisation organisation = organisations.findByOin(oin).orElseThrow();
                clusters.saveMember(new ClusterMember(applicationId, organisation.getId(), position++, oin,
                        organisation.getName(), true, "Parkeervergunning"));
                clusters.saveMemberAnswer(new MemberChecklistAnswer(applicationId, oin,
                        new ChecklistAnswer("C2", ChecklistAnswerChoice.YES, "Knop met eigen ALB-naam " + oin, null)));
            }
        });
        bed.toChecklistAssessment(reference);
        return reference;
    }

    private static List<ItemVerdict> ownAccepted() {
        return CHECKLIST_FOR_DIGID_AND_EHERKENNING.stream().map(code -> new ItemVerdict(code, true, null)).toList();
    }

    @Test
    void shouldRefuseTheAssessmentWhileAMembersOwnAnswerHasNoVerdictNamingMemberAndItem() {
        String reference = toChecklistAssessment();
        String task = bed.taskId(reference, ASSESS_CHECKLIST);

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), task,
                TaskDecision.checklist(ownAccepted(), List.of(new MemberItemVerdict(NEIGHBOUR_OIN, "C2", true, null))))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.checklist.memberVerdictMissing"))
                .satisfies(e -> assertThat(((ApplicationServiceException) e).arguments()).contains(OTHER_OIN, "C2"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), task,
                TaskDecision.checklist(ownAccepted(), List.of(new MemberItemVerdict(NEIGHBOUR_OIN, "C2", true, null),
                        new MemberItemVerdict(OTHER_OIN, "C2", false, " "))))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.checklist.memberCommentRequired"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), task,
                TaskDecision.checklist(ownAccepted(), List.of(new MemberItemVerdict(NEIGHBOUR_OIN, "C2", true, null),
                        new MemberItemVerdict(OTHER_OIN, "C2", true, null), new MemberItemVerdict(OTHER_OIN, "D1", true, null))))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.checklist.memberVerdictNotAsked"));

        assertThat(bed.taskId(reference, ASSESS_CHECKLIST)).isEqualTo(task);
        assertThat(bed.checklistQueries.checklistOf(reviewer("rev1"), reference).latestRound()).isZero();
    }

    @Test
    void shouldSendARejectedMemberAnswerBackThroughTheReworkAndShowTheCorrectionAtTheNextAssessment() {
        String reference = toChecklistAssessment();
        assertThat(bed.checklistQueries.checklistOf(reviewer("rev1"), reference).membersUnderAssessment())
                .extracting(ChecklistStatus.MemberChecklist::oin).containsExactly(NEIGHBOUR_OIN, OTHER_OIN);

        bed.complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(ownAccepted(), List.of(
                new MemberItemVerdict(NEIGHBOUR_OIN, "C2", true, null),
                new MemberItemVerdict(OTHER_OIN, "C2", false, "De knop toont de naam van de leverancier"))));

        assertThat(bed.taskId(reference, REWORK_CHECKLIST)).isNotNull();
        Application application = bed.applications.findByReference(reference).orElseThrow();
        ChecklistAssessmentData report = new DocumentAssembler(bed.applications, bed.auditTrail,
                new UserAccountRepository(bed.em), bed.checklists, new ApplicationUploads(new StoredFileRepository(bed.em),
                new AlbDecisionRepository(bed.em), bed.checklists), clusters)
                .checklistAssessment(application, 1, Locale.forLanguageTag("nl"));
        assertThat(report.items()).filteredOn(item -> item.question().contains("(OIN " + OTHER_OIN + "): "))
                .singleElement().satisfies(item -> {
                    assertThat(item.verdict()).isEqualTo(Verdict.REJECTED);
                    assertThat(item.comment()).isEqualTo("De knop toont de naam van de leverancier");
                });
        assertThat(report.count(Verdict.REJECTED)).isEqualTo(1);
        assertThat(report.items()).hasSize(CHECKLIST_FOR_DIGID_AND_EHERKENNING.size() + 2);
        ChecklistStatus toRework = bed.checklistQueries.checklistOf(anne(), reference);
        assertThat(toRework.toRework()).isEmpty();
        assertThat(toRework.membersToRework()).singleElement().satisfies(member -> {
            assertThat(member.oin()).isEqualTo(OTHER_OIN);
            assertThat(member.toRework()).singleElement().satisfies(line -> {
                assertThat(line.item().code()).isEqualTo("C2");
                assertThat(line.verdictComment()).isEqualTo("De knop toont de naam van de leverancier");
            });
        });
        ChecklistAnswer corrected = new ChecklistAnswer("C2", ChecklistAnswerChoice.YES, "Knop toont nu Gemeente Buurdorp", null);
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.reworkChecklist(anne(), reference, List.of())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.rework.exactlyRejectedMemberItems"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.reworkChecklist(anne(), reference, List.of(),
                Map.of(NEIGHBOUR_OIN, List.of(corrected), OTHER_OIN, List.of(corrected)))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.rework.memberNothingToRework"));

        bed.inTransaction(() -> bed.applicationCommands.reworkChecklist(anne(), reference, List.of(),
                Map.of(OTHER_OIN, List.of(corrected))));
        bed.runDueJobs();

        ChecklistStatus second = bed.checklistQueries.checklistOf(reviewer("rev1"), reference);
        assertThat(second.underAssessment()).isEmpty();
        assertThat(second.membersUnderAssessment()).singleElement().satisfies(member -> {
            assertThat(member.oin()).isEqualTo(OTHER_OIN);
            assertThat(member.underAssessment()).singleElement().satisfies(line -> {
                assertThat(line.explanation()).isEqualTo("Knop toont nu Gemeente Buurdorp");
                assertThat(line.verdictAccepted()).isFalse();
                assertThat(line.round()).isEqualTo(1);
            });
        });
        bed.complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(List.of(), List.of(
                new MemberItemVerdict(OTHER_OIN, "C2", true, null))));

        assertThat(bed.taskId(reference, APPROVE_PREPRODUCTION)).isNotNull();
        ChecklistStatus done = bed.checklistQueries.checklistOf(reviewer("rev2"), reference);
        assertThat(done.latestRound()).isEqualTo(2);
        assertThat(done.members()).allSatisfy(member -> assertThat(member.lines())
                .allSatisfy(line -> assertThat(line.verdictAccepted()).isTrue()));
        long applicationId = bed.applications.findByReference(reference).map(Application::getId).orElseThrow();
        assertThat(bed.auditTrail.ofApplication(applicationId)).extracting(AuditEvent::getAction)
                .containsSubsequence(MemberChecklists.JUDGED, MemberChecklists.REWORKED, MemberChecklists.JUDGED);
    }

    @Test
    void shouldAcceptTheRemainingMemberAnswersWithTheRemainingItems() {
        String reference = toChecklistAssessment();

        bed.inTransaction(() -> bed.taskCommands.acceptRemainingChecklistItems(reviewer("rev1"),
                bed.taskId(reference, ASSESS_CHECKLIST), List.of(), List.of()));
        bed.runDueJobs();

        assertThat(bed.taskId(reference, APPROVE_PREPRODUCTION)).isNotNull();
        assertThat(bed.checklistQueries.checklistOf(reviewer("rev1"), reference).members())
                .flatExtracting(ChecklistStatus.MemberChecklist::lines)
                .extracting(ChecklistLine::verdictAccepted).containsExactly(true, true);
    }
}
