package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A supplier's draft keeps each served organisation's RvIG decision and own checklist answers, by OIN. */
class MemberEvidenceDraftTest {

    private static final String VOORBEELDSTAD = "00000099123456789000";
    private static final String BUURDORP = "00000099987654321000";

    private static WizardDraft supplierDraft() {
        WizardDraft draft = WizardDraft.startFor("00000099444444440000", "Leverancier Clusterdiensten");
        draft.setOrganisationKind(OrganisationKind.SUPPLIER.name());
        draft.setClusterMembers(VOORBEELDSTAD + ": Parkeervergunning\n" + BUURDORP + ": Afvalpas");
        return draft;
    }

    @Test
    void shouldKeepEachMembersDecisionAndOwnAnswersWhenStoredAndReadAgain() {
        WizardDraft draft = supplierDraft();
        draft.setMemberDecision(BUURDORP, new FileRef(42, "besluit-buurdorp.pdf"));
        draft.memberChecklist(BUURDORP).computeIfAbsent("C2", code -> new ChecklistEntry()).setAnswer("NO");
        draft.memberChecklist(BUURDORP).get("C2").setExplanation("De knop toont nog de oude naam");

        WizardDraft read = DraftJson.read(DraftJson.write(draft));

        assertThat(read.memberDecision(BUURDORP)).contains(new FileRef(42, "besluit-buurdorp.pdf"));
        assertThat(read.memberDecision(VOORBEELDSTAD)).isEmpty();
        assertThat(MemberChecklistEntries.answers(read, BUURDORP)).containsExactly(
                new ChecklistAnswer("C2", ChecklistAnswerChoice.NO, "De knop toont nog de oude naam", null));
        assertThat(MemberChecklistEntries.answers(read, VOORBEELDSTAD)).isEmpty();
    }

    @Test
    void shouldReadADraftSavedBeforeMembersHadTheirOwnEvidenceAsTakingTheClusters() {
        WizardDraft read = DraftJson.read("{\"oin\":\"00000099444444440000\",\"organisationKind\":\"SUPPLIER\","
                + "\"clusterMembers\":\"" + BUURDORP + ": Afvalpas\"}");

        assertThat(read.memberDecisions()).isEmpty();
        assertThat(read.memberChecklists()).isEmpty();
        assertThat(ClusterMemberLines.members(read)).extracting(ClusterMemberLines.Member::oin).containsExactly(BUURDORP);
    }

    @Test
    void shouldTakeOnlyAnsweredEntriesAsOwnAnswersAndForgetThemWithTheMember() {
        WizardDraft draft = supplierDraft();
        draft.memberChecklist(BUURDORP).computeIfAbsent("S1", code -> new ChecklistEntry());
        draft.memberChecklist(BUURDORP).computeIfAbsent("C2", code -> new ChecklistEntry()).setAnswer("YES");

        assertThat(MemberChecklistEntries.ownItems(draft, BUURDORP)).containsExactly("C2");
        draft.clearMemberChecklist(BUURDORP);
        draft.setMemberDecision(BUURDORP, null);
        assertThat(MemberChecklistEntries.ownItems(draft, BUURDORP)).isEmpty();
        assertThat(draft.memberDecision(BUURDORP)).isEmpty();
    }
}
