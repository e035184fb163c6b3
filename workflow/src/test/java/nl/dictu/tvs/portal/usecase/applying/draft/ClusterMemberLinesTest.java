package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.trust.oin.OinCheck;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterMemberLinesTest {

    private static final String VOORBEELDSTAD = "00000099123456789000";
    private static final String BUURDORP = "00000099987654321000";

    @Test
    void shouldReadEachServedOrganisationWithItsOwnServices() {
        WizardDraft draft = supplierDraft(VOORBEELDSTAD + ": Parkeervergunning, Afvalpas\n\n" + BUURDORP + ":Paspoort");

        assertThat(ClusterMemberLines.members(draft)).containsExactly(
                new ClusterMemberLines.Member(VOORBEELDSTAD, List.of("Parkeervergunning", "Afvalpas")),
                new ClusterMemberLines.Member(BUURDORP, List.of("Paspoort")));
    }

    @Test
    void shouldAddAMemberAtTheEndAndRemoveEveryLineOfAnotherOne() {
        String added = ClusterMemberLines.with(VOORBEELDSTAD + ": Parkeervergunning\n", BUURDORP, List.of("Paspoort", "Afvalpas"));
        WizardDraft draft = supplierDraft(added);

        assertThat(ClusterMemberLines.members(draft)).extracting(ClusterMemberLines.Member::oin)
                .containsExactly(VOORBEELDSTAD, BUURDORP);
        assertThat(added).endsWith(BUURDORP + ": Paspoort, Afvalpas");
        assertThat(ClusterMemberLines.with(null, BUURDORP, List.of("Paspoort"))).isEqualTo(BUURDORP + ": Paspoort");
        assertThat(ClusterMemberLines.without(added + "\n" + VOORBEELDSTAD + ": Afvalpas", VOORBEELDSTAD))
                .isEqualTo(BUURDORP + ": Paspoort, Afvalpas");
        assertThat(ClusterMemberLines.without(added, "00000099555555550000")).isEqualTo(added);
    }

    @Test
    void shouldNameABadLineADuplicateAndAnOrganisationMissingFromTheClusterMetadata() {
        WizardDraft draft = supplierDraft(VOORBEELDSTAD + ": Parkeervergunning\nGemeente Buurdorp\n"
                + VOORBEELDSTAD + ": Afvalpas\n" + BUURDORP + ": Paspoort");
        draft.setMetadata(new FileRef(1, "cluster.xml"));
        List<DraftError> errors = new ArrayList<>();

        ClusterMemberLines.check(draft, context(List.of(VOORBEELDSTAD)), errors);

        assertThat(errors).extracting(DraftError::messageKey).containsExactly("draft.cluster.memberLine",
                "draft.cluster.memberDuplicate", "draft.cluster.notInMetadata");
        assertThat(errors.get(0).arguments()).containsExactly("2", "Gemeente Buurdorp");
        assertThat(errors.get(2).arguments()).containsExactly(BUURDORP);
    }

    @Test
    void shouldAskASupplierForClusterMetadataAndAtLeastOneOrganisation() {
        WizardDraft empty = supplierDraft("");
        WizardDraft withSingleMetadata = supplierDraft(VOORBEELDSTAD + ": Parkeervergunning");
        withSingleMetadata.setMetadata(new FileRef(1, "metadata.xml"));
        List<DraftError> errors = new ArrayList<>();

        ClusterMemberLines.check(empty, context(List.of()), errors);
        ClusterMemberLines.check(withSingleMetadata, context(List.of()), errors);

        assertThat(errors).extracting(DraftError::messageKey)
                .containsExactly("draft.cluster.membersRequired", "draft.cluster.metadataRequired");
    }

    @Test
    void shouldAskNothingOfAnOrganisationThatIsNoSupplier() {
        WizardDraft draft = WizardDraft.startFor(VOORBEELDSTAD, "Gemeente Voorbeeldstad");
        List<DraftError> errors = new ArrayList<>();

        ClusterMemberLines.check(draft, context(List.of()), errors);

        assertThat(errors).isEmpty();
    }

    private static WizardDraft supplierDraft(String members) {
        WizardDraft draft = WizardDraft.startFor("00000099444444440000", "Leverancier Clusterdiensten");
        draft.setOrganisationKind(OrganisationKind.SUPPLIER.name());
        draft.setClusterMembers(members);
        return draft;
    }

    private static DraftValidation.Context context(List<String> metadataOins) {
        return new DraftValidation.Context("00000099444444440000", new OinCheck(true), null, "2026-1", List.of(), Set.of(),
                metadataOins);
    }
}
