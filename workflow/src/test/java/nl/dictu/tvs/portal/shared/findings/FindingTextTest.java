package nl.dictu.tvs.portal.shared.findings;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.finding.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FindingTextTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String OTHER_OIN = "00000099987654321000";
    private static final String OWN_OIN = "00000099123456789000";
    private static final Map<String, String> NAMES = Map.of(OTHER_OIN, "Gemeente Buurdorp", OWN_OIN, "Gemeente Voorbeeldstad");

    private static FindingText text(Locale locale) {
        return FindingText.of(locale).withOrganisationNames(oin -> Optional.ofNullable(NAMES.get(oin)));
    }

    @Test
    void shouldSayWhoseOinTheMetadataHasInPlainDutchAndEnglish() {
        // given
        Finding mismatch = Finding.of(FindingCode.METADATA_ENTITY_ID_OIN_MISMATCH, OTHER_OIN, OWN_OIN);

        // when
        String dutch = text(DUTCH).text(mismatch);
        String english = text(Locale.ENGLISH).text(mismatch);

        // then
        assertThat(dutch).startsWith("Deze metadata hoort bij OIN 00000099987654321000 (Gemeente Buurdorp), "
                + "niet bij uw OIN 00000099123456789000 (Gemeente Voorbeeldstad).");
        assertThat(english).startsWith("This metadata belongs to OIN 00000099987654321000 (Gemeente Buurdorp), "
                + "not to your OIN 00000099123456789000 (Gemeente Voorbeeldstad).");
    }

    @Test
    void shouldLeaveAnOinWithoutANameWhenTheOrganisationIsUnknown() {
        // given
        Finding mismatch = Finding.of(FindingCode.CERTIFICATE_OIN_MISMATCH, "00000099111111111000", OWN_OIN);

        // when
        String dutch = text(DUTCH).text(mismatch);

        // then
        assertThat(dutch).startsWith("Dit certificaat hoort bij OIN 00000099111111111000, niet bij uw OIN "
                + "00000099123456789000 (Gemeente Voorbeeldstad).");
    }

    @Test
    void shouldNameACertificateByOrganisationAndOinInsteadOfItsX500Subject() {
        // given
        Finding mismatch = Finding.of(FindingCode.METADATA_SIGNING_CERTIFICATE_MISMATCH,
                "C=NL,O=Gemeente Buurdorp,SERIALNUMBER=00000099987654321000,CN=buurdorp.example",
                "C=NL,O=Gemeente Voorbeeldstad\\, afdeling ICT,SERIALNUMBER=00000099123456789000,CN=voorbeeldstad.example");

        // when
        String dutch = text(DUTCH).text(mismatch);

        // then
        assertThat(dutch).startsWith("De metadata is ondertekend met het certificaat van Gemeente Buurdorp "
                + "(OIN 00000099987654321000), niet met het aangeleverde certificaat van Gemeente Voorbeeldstad, afdeling ICT "
                + "(OIN 00000099123456789000).").doesNotContain("CN=").doesNotContain("SERIALNUMBER");
    }

    @Test
    void shouldShowAnInstantAsDutchTimeInTheReadersDateFormat() {
        // given: 23:30 UTC on 30 November is already 1 December in the Netherlands
        Finding expired = Finding.of(FindingCode.CERTIFICATE_EXPIRED, Instant.parse("2026-11-30T23:30:00Z"))
                .withEvidence("notAfter", Instant.parse("2026-11-30T23:30:00Z"));

        // when
        ReadableFinding dutch = text(DUTCH).readable(expired);
        ReadableFinding english = text(Locale.ENGLISH).readable(expired);

        // then
        assertThat(dutch.text()).contains("1 december 2026").contains("00:30").doesNotContain("2026-11-30T");
        assertThat(english.text()).contains("1 December 2026").contains("00:30").doesNotContain("2026-11-30T");
        assertThat(dutch.evidence()).extracting(ReadableFinding.Evidence::value).allMatch(v -> v.contains("1 december 2026"));
    }

    @Test
    void shouldNotTakeAnOinForAnOrganisationNameItAlreadyShows() {
        // given
        Finding summary = Finding.of(FindingCode.CERTIFICATE_SUMMARY, "Gemeente Voorbeeldstad", OWN_OIN,
                Instant.parse("2027-06-01T10:00:00Z"));

        // when
        String dutch = text(DUTCH).text(summary);

        // then
        assertThat(dutch).startsWith("Certificaat van Gemeente Voorbeeldstad met OIN 00000099123456789000, geldig tot 1 juni 2027");
    }

    @Test
    void shouldResolveTheAlbFindingOnceTheApplicationsRvigDecisionIsAccepted() {
        // given
        Finding notOnList = Finding.of(FindingCode.ALB_NOT_REGISTERED, OTHER_OIN);
        AlbAcceptance accepted = new AlbAcceptance("besluit-rvig.pdf", "beoordelaar", Instant.parse("2026-12-03T09:15:00Z"));

        // when
        ReadableFinding open = text(DUTCH).readable(notOnList);
        ReadableFinding resolved = text(DUTCH).withAlbAcceptance(Optional.of(accepted)).readable(notOnList);
        ReadableFinding otherCode = text(DUTCH).withAlbAcceptance(Optional.of(accepted))
                .readable(Finding.of(FindingCode.METADATA_ACS_MISSING));

        // then
        assertThat(open.isError()).isTrue();
        assertThat(open.resolution()).isNull();
        assertThat(resolved.isError()).isFalse();
        assertThat(resolved.status()).isEqualTo(ReadableFinding.RESOLVED);
        assertThat(resolved.severity()).isEqualTo(Severity.ERROR);
        assertThat(resolved.resolution()).startsWith("Het besluit van RvIG (besluit-rvig.pdf) is op 3 december 2026")
                .endsWith("10:15 geaccepteerd door beoordelaar.");
        assertThat(ReadableFinding.anyError(List.of(resolved))).isFalse();
        assertThat(otherCode.isError()).isTrue();
    }

    @Test
    void shouldRenderEveryCodeThroughTheBundleWithoutAnyCodeSpecificHandling() {
        for (FindingCode code : FindingCode.values()) {
            // given
            Finding finding = new Finding(code, code.severity(), List.of("a", "b", "c", "d"), Map.of());

            // when
            ReadableFinding dutch = text(DUTCH).readable(finding);

            // then
            assertThat(dutch.text()).as(code.name()).isNotBlank().doesNotStartWith("Controle " + code.name());
            assertThat(dutch.status()).isEqualTo(code.severity().name());
        }
    }

    @Test
    void shouldWriteAFormErrorThatPassesOnAFindingAsTheFindingItself() {
        // when
        Optional<String> finding = text(DUTCH).textOfKey("finding.METADATA_ENTITY_ID_OIN_MISMATCH", List.of(OTHER_OIN, OWN_OIN));
        Optional<String> other = text(DUTCH).textOfKey("draft.metadata.required", List.of());

        // then
        assertThat(finding).hasValueSatisfying(t -> assertThat(t).startsWith("Deze metadata hoort bij OIN "
                + OTHER_OIN + " (Gemeente Buurdorp)"));
        assertThat(other).isEmpty();
    }
}
