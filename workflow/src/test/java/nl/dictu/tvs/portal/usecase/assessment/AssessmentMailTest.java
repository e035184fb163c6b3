package nl.dictu.tvs.portal.usecase.assessment;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.assessment.AssessmentStep;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessment;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.user.MailRecipient;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentMailTest {

    private static final SecurityAssessment ASSESSMENT = new SecurityAssessment(
            new LiveConnection(new Organisation("00000001234567890000", "Gemeente Voorbeeldstad", Instant.EPOCH),
                    ConnectionEnvironment.PRODUCTION, null, "https://voorbeeldstad.example/saml", "", LocalDate.of(2024, 1, 15),
                    Instant.EPOCH, "import"),
            1, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 5, 1));

    @Test
    void shouldWriteTheWindowAsALetterDoesInDutch() {
        assertThat(AssessmentMail.parameters(ASSESSMENT, AssessmentStep.WINDOW_OPENED, "TVS-2026-0001",
                new MailRecipient("a@voorbeeldstad.example", "nl")).rejectionReason())
                .contains("Venster: 15 januari 2025 t/m 1 mei 2025").contains("https://voorbeeldstad.example/saml");
    }

    @Test
    void shouldWriteTheWindowAsALetterDoesInEnglish() {
        assertThat(AssessmentMail.parameters(ASSESSMENT, AssessmentStep.WINDOW_OPENED, "TVS-2026-0001",
                new MailRecipient("a@voorbeeldstad.example", "en")).rejectionReason())
                .contains("Window: 15 January 2025 to 1 May 2025");
    }
}
