package nl.dictu.tvs.portal.usecase.assessment;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.assessment.AssessmentOutcome;
import nl.dictu.tvs.portal.domain.assessment.AssessmentRoute;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessment;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AssessmentRulesTest {

    private static final byte[] PDF = "%PDF-1.7\n%...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NOT_PDF = "<html>report</html>".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    private static ActionRefusedException refusal(AssessmentDelivery delivery) {
        return catchThrowableOfType(() -> AssessmentRules.checkDelivery(delivery), ActionRefusedException.class);
    }

    private static SecurityAssessment assessment() {
        LiveConnection connection = new LiveConnection(new Organisation("00000001234567890000", "Gemeente Test", NOW),
                ConnectionEnvironment.PRODUCTION, null, "https://dv.example/sp", "", LocalDate.parse("2025-01-15"), NOW, "import");
        return new SecurityAssessment(connection, 1, LocalDate.parse("2026-01-15"), LocalDate.parse("2026-05-01"));
    }

    @Test
    void shouldAcceptAReportWithAuditorAndPdf() {
        assertThatCode(() -> AssessmentRules.checkDelivery(
                new AssessmentDelivery(AssessmentRoute.REPORT, "A. Auditor RE", "rapport.pdf", PDF, false)))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldAcceptEnsiaWithoutAFile() {
        assertThatCode(() -> AssessmentRules.checkDelivery(
                new AssessmentDelivery(AssessmentRoute.ENSIA, "Audit BV", null, null, false)))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAFileThatIsNotAPdfByItsContentWhateverItsName() {
        ActionRefusedException refused = refusal(
                new AssessmentDelivery(AssessmentRoute.REPORT, "A. Auditor RE", "rapport.pdf", NOT_PDF, false));

        assertThat(refused.field()).isEqualTo(AssessmentRules.FILE);
        assertThat(refused.messageKey()).isEqualTo("upload.wrongType.SECURITY_ASSESSMENT");
        assertThat(refused.arguments()).containsExactly("rapport.pdf");
    }

    @Test
    void shouldRefuseAnEmptyAuditorNameAtItsFieldTogetherWithTheOtherProblems() {
        ActionRefusedException refused = refusal(
                new AssessmentDelivery(AssessmentRoute.THIRD_PARTY_STATEMENT, "   ", "tpm.pdf", null, false));

        assertThat(refused.all()).extracting(ActionRefusedException::field)
                .containsExactly(AssessmentRules.AUDITOR, AssessmentRules.FILE);
        assertThat(refused.all()).extracting(ActionRefusedException::messageKey)
                .containsExactly("assessment.invalid.auditor", "assessment.invalid.file");
    }

    @Test
    void shouldRefuseADeliveryWithoutRoute() {
        assertThat(refusal(new AssessmentDelivery(null, "A. Auditor", null, null, false)).field())
                .isEqualTo(AssessmentRules.ROUTE);
    }

    @Test
    void shouldRefuseARejectionWithoutReason() {
        SecurityAssessment assessment = assessment();
        assessment.deliver(AssessmentRoute.ENSIA, "Audit BV", null, null, null, false, "anne", NOW);

        ActionRefusedException refused = catchThrowableOfType(
                () -> AssessmentRules.checkOutcome(assessment, AssessmentOutcome.REJECTED, " "), ActionRefusedException.class);

        assertThat(refused.field()).isEqualTo(AssessmentRules.REASON);
        assertThat(refused.messageKey()).isEqualTo("assessment.outcome.reasonRequired");
        assertThatCode(() -> AssessmentRules.checkOutcome(assessment, AssessmentOutcome.ACCEPTED, null))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAnOutcomeOnWhatWasNotDeliveredOrWasDecidedAlready() {
        SecurityAssessment assessment = assessment();

        assertThat(catchThrowableOfType(() -> AssessmentRules.checkOutcome(assessment, AssessmentOutcome.ACCEPTED, null),
                ActionRefusedException.class).messageKey()).isEqualTo("assessment.outcome.notAwaiting");

        assessment.deliver(AssessmentRoute.ENSIA, "Audit BV", null, null, null, false, "anne", NOW);
        assessment.decide(AssessmentOutcome.ACCEPTED, null, "rev1", NOW);
        assertThat(catchThrowableOfType(() -> AssessmentRules.checkOutcome(assessment, AssessmentOutcome.REJECTED, "late"),
                ActionRefusedException.class).messageKey()).isEqualTo("assessment.outcome.notAwaiting");
    }

    @Test
    void shouldDeliverAgainAfterARejectionAndClearTheOutcome() {
        SecurityAssessment assessment = assessment();
        assessment.deliver(AssessmentRoute.ENSIA, "Audit BV", null, null, null, false, "anne", NOW);
        assessment.decide(AssessmentOutcome.REJECTED, "Wrong year", "rev1", NOW);

        assertThat(assessment.isDelivered()).isFalse();
        assessment.deliver(AssessmentRoute.REPORT, "Audit BV", "r.pdf", "ab", PDF, false, "anne", NOW);
        assertThat(assessment.isAwaitingOutcome()).isTrue();
        assertThat(assessment.getOutcomeReason()).isEmpty();
    }
}
