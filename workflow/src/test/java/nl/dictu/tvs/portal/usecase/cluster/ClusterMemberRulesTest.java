package nl.dictu.tvs.portal.usecase.cluster;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ClusterMemberRulesTest {

    private static final String MUNICIPALITY = "00000099123456789000";
    private static final String NEIGHBOUR = "00000099987654321000";
    private static final List<String> METADATA = List.of(MUNICIPALITY, NEIGHBOUR);

    @Test
    void shouldAcceptMembersEachOnceInTheMetadataWithServices() {
        List<ClusterMemberRequest> members = List.of(new ClusterMemberRequest(MUNICIPALITY, List.of("Parkeervergunning")),
                new ClusterMemberRequest(" " + NEIGHBOUR + " ", List.of("Afvalpas", " ")));

        assertThatCode(() -> ClusterMemberRules.require(members, METADATA)).doesNotThrowAnyException();
        assertThat(members.get(1).oin()).isEqualTo(NEIGHBOUR);
        assertThat(members.get(1).services()).containsExactly("Afvalpas");
    }

    @Test
    void shouldRefuseAClusterApplicationWithoutMembers() {
        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class,
                () -> ClusterMemberRules.require(List.of(), METADATA));

        assertThat(refused.messageKey()).isEqualTo("cluster.members.required");
        assertThat(refused.field()).isEqualTo("clusterMembers");
    }

    @Test
    void shouldRefuseAMemberWithoutOinBeforeAnyMandateIsLookedAt() {
        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class,
                () -> ClusterMemberRules.requireNamed(List.of(new ClusterMemberRequest(MUNICIPALITY, List.of("Afvalpas")),
                        new ClusterMemberRequest("  ", List.of("Afvalpas")))));

        assertThat(refused.messageKey()).isEqualTo("cluster.member.oinMissing");
        assertThat(refused.field()).isEqualTo("clusterMembers[1].oin");
        assertThat(refused.arguments()).containsExactly("2");
    }

    @Test
    void shouldRefuseMetadataThatIsNoClusterMetadata() {
        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class,
                () -> ClusterMemberRules.require(List.of(new ClusterMemberRequest(MUNICIPALITY, List.of("Afvalpas"))),
                        List.of()));

        assertThat(refused.messageKey()).isEqualTo("draft.cluster.metadataRequired");
        assertThat(refused.field()).isEqualTo("metadataBase64");
    }

    @Test
    void shouldNameEveryBadMemberByItsPlaceInTheList() {
        List<ClusterMemberRequest> members = List.of(
                new ClusterMemberRequest(MUNICIPALITY, List.of("Parkeervergunning")),
                new ClusterMemberRequest(MUNICIPALITY, List.of("Afvalpas")),
                new ClusterMemberRequest("00000099555555550000", List.of("Fysiotherapie")),
                new ClusterMemberRequest(NEIGHBOUR, null));

        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class,
                () -> ClusterMemberRules.require(members, METADATA));

        assertThat(refused.all()).extracting(ActionRefusedException::field, ActionRefusedException::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("clusterMembers[1].oin", "draft.cluster.memberDuplicate"),
                        org.assertj.core.groups.Tuple.tuple("clusterMembers[2].oin", "draft.cluster.notInMetadata"),
                        org.assertj.core.groups.Tuple.tuple("clusterMembers[3].services", "cluster.member.servicesRequired"));
        assertThat(refused.all().get(1).arguments()).containsExactly("00000099555555550000");
    }

    @Test
    void shouldRefuseAMemberNotOnTheAlbListWithoutItsOwnDecisionNamingIt() {
        List<ClusterMemberRequest> members = List.of(new ClusterMemberRequest(MUNICIPALITY, List.of("Parkeervergunning")),
                new ClusterMemberRequest(NEIGHBOUR, List.of("Afvalpas")));

        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class,
                () -> ClusterMemberRules.requireDecisions(members, MUNICIPALITY::equals, oin -> "Gemeente Buurdorp"));

        assertThat(refused.field()).isEqualTo("clusterMembers[1].albDecisionFileId");
        assertThat(refused.messageKey()).isEqualTo("cluster.member.albDecisionRequired");
        assertThat(refused.arguments()).containsExactly("Gemeente Buurdorp", NEIGHBOUR);
    }

    @Test
    void shouldAcceptAMemberNotOnTheAlbListWithItsDecisionAndAListedMemberWithout() {
        List<ClusterMemberRequest> members = List.of(new ClusterMemberRequest(MUNICIPALITY, List.of("Parkeervergunning")),
                new ClusterMemberRequest(NEIGHBOUR, List.of("Afvalpas"), 42L));

        assertThatCode(() -> ClusterMemberRules.requireDecisions(members, MUNICIPALITY::equals, oin -> oin))
                .doesNotThrowAnyException();
        assertThat(members.get(1).albDecisionFileId()).isEqualTo(42L);
    }

    @Test
    void shouldAcceptTheClustersDecisionsOnlyWhenEveryMemberDecisionIsAccepted() {
        java.util.Map<String, String> toVerify = new java.util.LinkedHashMap<>();
        toVerify.put(MUNICIPALITY, "Gemeente Voorbeeldstad");
        toVerify.put(NEIGHBOUR, "Gemeente Buurdorp");

        ClusterMemberRules.VerificationOutcome accepted = ClusterMemberRules.judge(toVerify, List.of(
                new MemberVerdict(NEIGHBOUR, true, "RvIG-1", null), new MemberVerdict(MUNICIPALITY, true, null, null)));
        ClusterMemberRules.VerificationOutcome refused = ClusterMemberRules.judge(toVerify, List.of(
                new MemberVerdict(MUNICIPALITY, true, null, null), new MemberVerdict(NEIGHBOUR, false, null, " Verlopen ")));

        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.rejectionReason()).isNull();
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.rejectionReason()).isEqualTo("Gemeente Buurdorp (OIN " + NEIGHBOUR + "): Verlopen");
    }

    @Test
    void shouldRefuseVerdictsThatMissAMemberJudgeOneTwiceOrRefuseWithoutReason() {
        java.util.Map<String, String> toVerify = java.util.Map.of(NEIGHBOUR, "Gemeente Buurdorp");

        ActionRefusedException missing = catchThrowableOfType(ActionRefusedException.class,
                () -> ClusterMemberRules.judge(toVerify, List.of(new MemberVerdict(MUNICIPALITY, true, null, null))));
        ActionRefusedException twice = catchThrowableOfType(ActionRefusedException.class,
                () -> ClusterMemberRules.judge(toVerify, List.of(new MemberVerdict(NEIGHBOUR, true, null, null),
                        new MemberVerdict(NEIGHBOUR, true, null, null))));
        ActionRefusedException withoutReason = catchThrowableOfType(ActionRefusedException.class,
                () -> ClusterMemberRules.judge(toVerify, List.of(new MemberVerdict(NEIGHBOUR, false, null, ""))));

        assertThat(missing.all()).extracting(ActionRefusedException::messageKey)
                .containsExactly("cluster.memberDecision.verdictRequired", "cluster.memberDecision.notToVerify");
        assertThat(missing.arguments()).containsExactly("Gemeente Buurdorp (OIN " + NEIGHBOUR + ")");
        assertThat(twice.messageKey()).isEqualTo("cluster.memberDecision.twice");
        assertThat(withoutReason.messageKey()).isEqualTo("cluster.memberDecision.reasonRequired");
        assertThat(withoutReason.arguments()).containsExactly("Gemeente Buurdorp", NEIGHBOUR);
    }

    @Test
    void shouldRefuseOwnChecklistAnswersToItemsTheClusterIsNotAskedOrToOneItemTwice() {
        nl.dictu.tvs.portal.domain.application.ChecklistAnswer c2 = new nl.dictu.tvs.portal.domain.application.ChecklistAnswer(
                "C2", nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice.YES, null, null);
        nl.dictu.tvs.portal.domain.application.ChecklistAnswer e1 = new nl.dictu.tvs.portal.domain.application.ChecklistAnswer(
                "E1", nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice.YES, null, null);
        List<ClusterMemberRequest> members = List.of(new ClusterMemberRequest(MUNICIPALITY, List.of("Afvalpas"), null, List.of(c2)),
                new ClusterMemberRequest(NEIGHBOUR, List.of("Afvalpas"), 7L, List.of(c2, e1, c2)));

        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class,
                () -> ClusterMemberRules.requireChecklist(members, List.of("D1", "C2")));

        assertThat(refused.all()).extracting(ActionRefusedException::field, ActionRefusedException::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("clusterMembers[1].checklist[1].code", "cluster.member.checklistItemNotAsked"),
                        org.assertj.core.groups.Tuple.tuple("clusterMembers[1].checklist[2].code", "cluster.member.checklistItemTwice"));
        assertThat(refused.arguments()).containsExactly("E1", NEIGHBOUR, "C2, D1");
        assertThatCode(() -> ClusterMemberRules.requireChecklist(members.subList(0, 1), List.of("C2")))
                .doesNotThrowAnyException();
    }
}
