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
}
