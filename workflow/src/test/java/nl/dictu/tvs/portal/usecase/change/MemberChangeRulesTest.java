package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.change.ChangeLane;
import nl.dictu.tvs.portal.domain.change.MemberChangeAction;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.cluster.AansluitbestandRow;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MemberChangeRulesTest {

    private static final String MUNICIPALITY = "00000099123456789000";
    private static final String NEIGHBOUR = "00000099987654321000";
    private static final byte[] PDF = "%PDF-1.7\n%fake but it starts as a PDF does\n".getBytes(StandardCharsets.US_ASCII);
    private static final List<AansluitbestandRow> ROWS = List.of(
            new AansluitbestandRow(MUNICIPALITY, "Gemeente Voorbeeldstad", LocalDate.of(2026, 1, 5), Optional.empty()),
            new AansluitbestandRow(NEIGHBOUR, "Gemeente Buurdorp", LocalDate.of(2026, 1, 5), Optional.of(LocalDate.of(2026, 3, 1))));

    private static MemberAddition addition(String oin, String name, List<String> services, String decisionName, byte[] decision) {
        return new MemberAddition(ConnectionEnvironment.PREPRODUCTION, oin, name, services, decisionName, decision, null);
    }

    @Test
    void shouldRemoveInTheFastLaneAndReviewAnAdditionWithFourEyes() {
        assertThat(MemberChangeRules.lane(MemberChangeAction.REMOVE)).isEqualTo(ChangeLane.FAST);
        assertThat(MemberChangeRules.lane(MemberChangeAction.ADD)).isEqualTo(ChangeLane.REVIEWED);
    }

    @Test
    void shouldRemoveOnlyAnOrganisationThatIsConnectedNow() {
        AansluitbestandRow connected = MemberChangeRules.requireConnected(ROWS, MUNICIPALITY, "TVS-2026-00001", "Preproductie");

        ActionRefusedException disconnected = catchThrowableOfType(ActionRefusedException.class,
                () -> MemberChangeRules.requireConnected(ROWS, NEIGHBOUR, "TVS-2026-00001", "Preproductie"));
        ActionRefusedException unknown = catchThrowableOfType(ActionRefusedException.class,
                () -> MemberChangeRules.requireConnected(ROWS, "00000099555555550000", "TVS-2026-00001", "Preproductie"));

        assertThat(connected.name()).isEqualTo("Gemeente Voorbeeldstad");
        assertThat(disconnected.messageKey()).isEqualTo("change.member.notConnected");
        assertThat(disconnected.field()).isEqualTo("oin");
        assertThat(disconnected.arguments()).containsExactly(NEIGHBOUR, "TVS-2026-00001", "Preproductie");
        assertThat(unknown.messageKey()).isEqualTo("change.member.notConnected");
    }

    @Test
    void shouldRefuseToAddAnOrganisationThatIsConnectedAlreadyButNotOneThatLeft() {
        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class,
                () -> MemberChangeRules.requireNotConnected(ROWS, MUNICIPALITY, "TVS-2026-00001", "Productie"));

        MemberChangeRules.requireNotConnected(ROWS, NEIGHBOUR, "TVS-2026-00001", "Productie");

        assertThat(refused.messageKey()).isEqualTo("change.member.alreadyConnected");
        assertThat(refused.arguments()).containsExactly("Gemeente Voorbeeldstad", MUNICIPALITY, "TVS-2026-00001",
                "Productie", "2026-01-05");
    }

    @Test
    void shouldNameEveryMissingPartOfAnAdditionAtItsField() {
        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class,
                () -> MemberChangeRules.requireComplete(addition(" ", "", List.of(" "), null, null)));

        assertThat(refused.all()).extracting(ActionRefusedException::field).containsExactly("oin", "name", "services");
        assertThat(refused.all()).extracting(ActionRefusedException::messageKey).containsExactly(
                "change.member.oinMissing", "change.member.nameMissing", "change.member.servicesRequired");
    }

    @Test
    void shouldRefuseNewMetadataLargerThanAnUploadedMetadataFileMayBe() {
        MemberAddition tooLarge = new MemberAddition(ConnectionEnvironment.PREPRODUCTION, NEIGHBOUR, "Gemeente Buurdorp",
                List.of("Afvalpas"), null, null, new byte[1024 * 1024 + 1]);
        MemberAddition justFits = new MemberAddition(ConnectionEnvironment.PREPRODUCTION, NEIGHBOUR, "Gemeente Buurdorp",
                List.of("Afvalpas"), null, null, new byte[1024 * 1024]);

        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class,
                () -> MemberChangeRules.requireComplete(tooLarge));
        MemberChangeRules.requireComplete(justFits);

        assertThat(refused.field()).isEqualTo("metadata");
        assertThat(refused.messageKey()).isEqualTo("change.member.metadataTooLarge");
        assertThat(refused.arguments()).containsExactly("1");
    }

    @Test
    void shouldRefuseAnOinTheOinCheckFindsFaultWithNamingWhatIsWrong() {
        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class,
                () -> MemberChangeRules.requireValidOin("123", Optional.of("Een OIN heeft 20 cijfers.")));

        MemberChangeRules.requireValidOin(NEIGHBOUR, Optional.empty());

        assertThat(refused.messageKey()).isEqualTo("change.member.oinInvalid");
        assertThat(refused.arguments()).containsExactly("123", "Een OIN heeft 20 cijfers.");
    }

    @Test
    void shouldRequireTheOrganisationsOwnEntityInTheClusterMetadataItWillHave() {
        ActionRefusedException live = catchThrowableOfType(ActionRefusedException.class,
                () -> MemberChangeRules.requireInMetadata(List.of(MUNICIPALITY), NEIGHBOUR, false));
        ActionRefusedException brought = catchThrowableOfType(ActionRefusedException.class,
                () -> MemberChangeRules.requireInMetadata(List.of(MUNICIPALITY), NEIGHBOUR, true));
        ActionRefusedException notCluster = catchThrowableOfType(ActionRefusedException.class,
                () -> MemberChangeRules.requireInMetadata(List.of(), NEIGHBOUR, true));

        MemberChangeRules.requireInMetadata(List.of(MUNICIPALITY, NEIGHBOUR), NEIGHBOUR, false);

        assertThat(live.messageKey()).isEqualTo("change.member.notInMetadata");
        assertThat(live.field()).isEqualTo("oin");
        assertThat(brought.messageKey()).isEqualTo("change.member.notInNewMetadata");
        assertThat(brought.field()).isEqualTo("metadata");
        assertThat(notCluster.messageKey()).isEqualTo("change.member.metadataNotCluster");
    }

    @Test
    void shouldAskForRvigsDecisionOnlyWhenTheOrganisationIsNotOnTheAlbList() {
        ActionRefusedException missing = catchThrowableOfType(ActionRefusedException.class,
                () -> MemberChangeRules.requireEntitlement(false, addition(NEIGHBOUR, "Gemeente Buurdorp",
                        List.of("Afvalpas"), null, null)));

        assertThat(MemberChangeRules.requireEntitlement(true, addition(NEIGHBOUR, "Gemeente Buurdorp",
                List.of("Afvalpas"), null, null))).isEmpty();
        assertThat(MemberChangeRules.requireEntitlement(false, addition(NEIGHBOUR, "Gemeente Buurdorp",
                List.of("Afvalpas"), "besluit.pdf", PDF))).contains("application/pdf");
        assertThat(missing.messageKey()).isEqualTo("change.member.rvigDecisionRequired");
        assertThat(missing.field()).isEqualTo("rvigDecision");
        assertThat(missing.arguments()).containsExactly("Gemeente Buurdorp", NEIGHBOUR);
    }

    @Test
    void shouldRefuseADecisionThatIsNoPdfByItsContentWhateverItsName() {
        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class,
                () -> MemberChangeRules.requireEntitlement(false, addition(NEIGHBOUR, "Gemeente Buurdorp",
                        List.of("Afvalpas"), "besluit.pdf", "<html>geen pdf</html>".getBytes(StandardCharsets.UTF_8))));

        assertThat(refused.messageKey()).isEqualTo("change.member.decisionNotPdf");
        assertThat(refused.field()).isEqualTo("rvigDecision");
        assertThat(refused.arguments()).first().isEqualTo("besluit.pdf");
    }
}
