package nl.dictu.tvs.portal.trust.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CheckReportTest {

    @Test
    void shouldReadBackTheStoredJsonForm() {
        // given
        Finding mismatch = Finding.of(FindingCode.CERTIFICATE_OIN_MISMATCH, "00000001002220647000", "00000004000000149000")
                .withEvidence("subject", "CN=a \"quoted\" \\ name\nnext").withEvidence("sha256", "AB:CD");
        CheckReport report = new CheckReport(Instant.parse("2025-01-02T03:04:05Z"), List.of(mismatch, Finding.of(FindingCode.METADATA_ACS_MISSING)));

        // when
        CheckReport read = CheckReport.fromJson(report.toJson());

        // then
        assertThat(read).isEqualTo(report);
        assertThat(read.findings().get(0).evidence().keySet()).containsExactly("subject", "sha256");
        assertThat(read.hasErrors()).isTrue();
    }

    @Test
    void shouldRenderEveryCodeInDutchAndEnglishWithItsArguments() {
        // given
        Finding mismatch = Finding.of(FindingCode.CERTIFICATE_OIN_MISMATCH, "00000001002220647000", "00000004000000149000");

        // when
        String dutch = mismatch.message(Locale.forLanguageTag("nl"));
        String english = mismatch.message(Locale.ENGLISH);

        // then
        assertThat(dutch).isEqualTo("Dit certificaat hoort bij OIN 00000001002220647000, niet bij uw OIN 00000004000000149000."
                + " Gebruik het PKIoverheid-certificaat van uw eigen organisatie, of pas het OIN in de aanvraag aan als dat niet klopt.");
        assertThat(english).startsWith("This certificate belongs to OIN 00000001002220647000, not to your OIN");
        for (FindingCode code : FindingCode.values()) {
            Finding finding = Finding.of(code, "a", "b", "c");
            assertThat(finding.message(Locale.forLanguageTag("nl"))).isNotBlank().isNotEqualTo(finding.message(Locale.ENGLISH));
        }
    }
}
