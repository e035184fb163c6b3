package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.checklist.ChecklistVerdict;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule of the member verdicts in a cluster's checklist assessment, without a database. */
class MemberChecklistsTest {

    private static final String BUURDORP = "00000099987654321000";
    private static final String VOORBEELDSTAD = "00000099123456789000";

    private static MemberChecklists.MemberProgress member(String oin, String name, List<ChecklistVerdict> verdicts,
                                                          String... codes) {
        List<ChecklistAnswer> answers = List.of(codes).stream()
                .map(code -> new ChecklistAnswer(code, ChecklistAnswerChoice.YES, null, null)).toList();
        return new MemberChecklists.MemberProgress(oin, name, answers, new ChecklistProgress(answers, verdicts));
    }

    private static ChecklistVerdict accepted(String code) {
        return new ChecklistVerdict(1, 1, 1, code, true, null, "rev1", Instant.EPOCH);
    }

    private static final List<MemberChecklists.MemberProgress> MEMBERS = List.of(
            member(VOORBEELDSTAD, "Gemeente Voorbeeldstad", List.of(accepted("C2")), "C2", "H1"),
            member(BUURDORP, "Gemeente Buurdorp", List.of(), "C2"));

    private static ApplicationServiceException refusal(Throwable e) {
        return (ApplicationServiceException) e;
    }

    @Test
    void shouldRefuseAMissingMemberVerdictNamingTheMemberAndTheItem() {
        assertThatThrownBy(() -> MemberChecklists.requireVerdictPerItem(MEMBERS, List.of(
                new MemberItemVerdict(VOORBEELDSTAD, "H1", true, null))))
                .satisfies(e -> {
                    assertThat(refusal(e).messageKey()).isEqualTo("decision.checklist.memberVerdictMissing");
                    assertThat(refusal(e).arguments()).containsExactly("Gemeente Buurdorp", BUURDORP, "C2");
                    assertThat(refusal(e).field()).isEqualTo(MemberChecklists.FIELD);
                });
    }

    @Test
    void shouldRefuseAVerdictOnAnAnswerNotUnderAssessmentOrGivenTwice() {
        assertThatThrownBy(() -> MemberChecklists.requireVerdictPerItem(MEMBERS, List.of(
                new MemberItemVerdict(VOORBEELDSTAD, "C2", true, null))))
                .satisfies(e -> assertThat(refusal(e).messageKey()).isEqualTo("decision.checklist.memberVerdictNotAsked"))
                .satisfies(e -> assertThat(refusal(e).arguments()).contains(VOORBEELDSTAD + ": H1; " + BUURDORP + ": C2"));
        assertThatThrownBy(() -> MemberChecklists.requireVerdictPerItem(MEMBERS, List.of(
                new MemberItemVerdict(BUURDORP, "C2", true, null), new MemberItemVerdict(BUURDORP, "C2", false, "nee"))))
                .satisfies(e -> assertThat(refusal(e).messageKey()).isEqualTo("decision.checklist.memberVerdictTwice"));
    }

    @Test
    void shouldRequireACommentWithARejectionAndAcceptOneVerdictPerAnswerUnderAssessment() {
        assertThatThrownBy(() -> MemberChecklists.requireVerdictPerItem(MEMBERS, List.of(
                new MemberItemVerdict(VOORBEELDSTAD, "H1", true, null), new MemberItemVerdict(BUURDORP, "C2", false, " "))))
                .satisfies(e -> assertThat(refusal(e).messageKey()).isEqualTo("decision.checklist.memberCommentRequired"))
                .satisfies(e -> assertThat(refusal(e).arguments()).containsExactly("Gemeente Buurdorp", BUURDORP, "C2"));
        assertThatCode(() -> MemberChecklists.requireVerdictPerItem(MEMBERS, List.of(
                new MemberItemVerdict(VOORBEELDSTAD, "H1", true, null),
                new MemberItemVerdict(BUURDORP, "C2", false, "De knop toont de leverancier"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> MemberChecklists.requireVerdictPerItem(List.of(), List.of())).doesNotThrowAnyException();
    }
}
