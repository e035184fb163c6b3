package nl.dictu.tvs.portal.trust.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.testpki.CertificateProfile;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

class CertificateCheckTest {

    private static final Instant NOW = Instant.now();
    private final CertificateCheck check = new CertificateCheck(TrustAnchors.of(java.util.List.of(TestResources.pki().root())));

    @Test
    void shouldAcceptAGoodCertificateWithItsChainAndShowOrganisationAsEvidence() {
        // given
        IssuedCertificate organisation = TestResources.organisation();
        byte[] pem = PemWriter.toPem(organisation.certificate(), TestResources.pki().intermediate()).getBytes(StandardCharsets.US_ASCII);

        // when
        CertificateCheckResult result = check.check(pem, TestResources.OIN, NOW);

        // then
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.CERTIFICATE_SUMMARY);
        assertThat(result.findings().get(0).evidence()).containsEntry("organisation", TestResources.ORGANISATION)
                .containsEntry("oin", TestResources.OIN).containsKey("sha256");
        assertThat(result.endEntity()).contains(organisation.certificate());
    }

    @Test
    void shouldAcceptDerWhenTheIntermediateIsConfigured() throws Exception {
        // given
        CertificateCheck withIntermediate = new CertificateCheck(TrustAnchors.of(java.util.List.of(TestResources.pki().root()))
                .withIntermediates(java.util.List.of(TestResources.pki().intermediate())));

        // when
        CertificateCheckResult result = withIntermediate.check(TestResources.organisation().certificate().getEncoded(), TestResources.OIN, NOW);

        // then
        assertThat(result.findings()).noneMatch(Finding::isError);
    }

    @Test
    void shouldRejectACertificateThatDoesNotChainToTheConfiguredRoot() {
        // given
        IssuedCertificate foreign = TestPki.generate().organisationCertificate(TestResources.OIN, TestResources.ORGANISATION);

        // when
        CertificateCheckResult result = check.check(pem(foreign), TestResources.OIN, NOW);

        // then
        assertThat(errors(result)).containsExactly(FindingCode.CERTIFICATE_CHAIN_UNTRUSTED);
    }

    static Stream<Arguments> brokenProfiles() {
        return Stream.of(
                broken("expired", p -> p.withValidity(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1))), FindingCode.CERTIFICATE_EXPIRED),
                broken("not yet valid", p -> p.withValidity(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(300))), FindingCode.CERTIFICATE_NOT_YET_VALID),
                broken("self-signed", CertificateProfile::asSelfSigned, FindingCode.CERTIFICATE_SELF_SIGNED),
                broken("RSA 1024", p -> p.withRsaBits(1024), FindingCode.CERTIFICATE_KEY_TOO_WEAK),
                broken("EC key (TVS supports only RSA)", CertificateProfile::withEcKey, FindingCode.CERTIFICATE_KEY_NOT_RSA),
                broken("SHA-1", p -> p.withSignatureAlgorithm("SHA1withRSA"), FindingCode.CERTIFICATE_SIGNATURE_ALGORITHM_WEAK),
                broken("no digitalSignature", CertificateProfile::withoutDigitalSignature, FindingCode.CERTIFICATE_KEY_USAGE_MISSING),
                broken("CA certificate", CertificateProfile::asCa, FindingCode.CERTIFICATE_IS_CA),
                broken("wrong OIN", p -> new CertificateProfile("00000003273012340000", p.organisation(), p.commonName(), p.rsaBits(),
                        p.signatureAlgorithm(), p.notBefore(), p.notAfter(), true, false, false), FindingCode.CERTIFICATE_OIN_MISMATCH),
                broken("no OIN", p -> new CertificateProfile(null, p.organisation(), p.commonName(), p.rsaBits(),
                        p.signatureAlgorithm(), p.notBefore(), p.notAfter(), true, false, false), FindingCode.CERTIFICATE_OIN_MISSING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenProfiles")
    void shouldRejectACertificateWithOneWrongPropertyWithItsOwnFinding(String name, UnaryOperator<CertificateProfile> breakIt,
            FindingCode expected) {
        // given
        IssuedCertificate certificate = TestResources.pki().issue(breakIt.apply(
                CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION)));

        // when
        CertificateCheckResult result = check.check(pem(certificate), TestResources.OIN, NOW);

        // then
        assertThat(errors(result)).containsExactly(expected);
    }

    @Test
    void shouldWarnWhenTheCertificateExpiresWithinSixtyDays() {
        // given
        IssuedCertificate certificate = TestResources.pki().issue(CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION)
                .withValidity(NOW.minus(Duration.ofDays(300)), NOW.plus(Duration.ofDays(30))));

        // when
        CertificateCheckResult result = check.check(pem(certificate), TestResources.OIN, NOW);

        // then
        assertThat(result.findings()).extracting(Finding::code)
                .containsExactly(FindingCode.CERTIFICATE_EXPIRES_SOON, FindingCode.CERTIFICATE_SUMMARY);
    }

    @Test
    void shouldReportGarbageBytesAsUnreadable() {
        // when
        CertificateCheckResult result = check.check("-----BEGIN CERTIFICATE-----\nbm9uc2Vuc2U=\n-----END CERTIFICATE-----\n"
                .getBytes(StandardCharsets.US_ASCII), TestResources.OIN, NOW);
        CertificateCheckResult binary = check.check(new byte[] {0x30, (byte) 0x82, 0x7f, 0x01, 0x02}, TestResources.OIN, NOW);

        // then
        assertThat(errors(result)).containsExactly(FindingCode.CERTIFICATE_UNREADABLE);
        assertThat(errors(binary)).containsExactly(FindingCode.CERTIFICATE_UNREADABLE);
    }

    @Test
    void shouldRejectAPemWithTwoUnrelatedCertificates() {
        // given
        IssuedCertificate foreign = TestPki.generate().organisationCertificate(TestResources.OIN, TestResources.ORGANISATION);
        byte[] pem = PemWriter.toPem(TestResources.organisation().certificate(), foreign.certificate()).getBytes(StandardCharsets.US_ASCII);

        // when
        CertificateCheckResult result = check.check(pem, TestResources.OIN, NOW);

        // then
        assertThat(errors(result)).containsExactly(FindingCode.CERTIFICATE_UNRELATED);
        assertThat(result.endEntity()).isEmpty();
    }

    @Test
    void shouldRejectAnUploadLargerThanOneMebibyte() {
        // when
        CertificateCheckResult result = check.check(new byte[1024 * 1024 + 1], TestResources.OIN, NOW);

        // then
        assertThat(errors(result)).containsExactly(FindingCode.CERTIFICATE_TOO_LARGE);
    }

    @Test
    void shouldReadTheOinAndOrganisationOfTheRealTvsCertificate() {
        // given
        byte[] pem = TestResources.real("tvs-preprod-rd-2021.pem");

        // when
        CertificateCheckResult result = check.check(pem, "00000004000000149000", Instant.parse("2022-06-01T00:00:00Z"));

        // then
        assertThat(errors(result)).containsExactly(FindingCode.CERTIFICATE_CHAIN_UNTRUSTED);
        Finding summary = result.findings().get(result.findings().size() - 1);
        assertThat(summary.evidence()).containsEntry("organisation", "Dienst ICT Uitvoering").containsEntry("oin", "00000004000000149000");
    }

    private static byte[] pem(IssuedCertificate certificate) {
        java.util.List<Object> chain = new java.util.ArrayList<>(java.util.List.of(certificate.certificate()));
        chain.addAll(certificate.issuers());
        return PemWriter.toPem(chain).getBytes(StandardCharsets.US_ASCII);
    }

    private static java.util.List<FindingCode> errors(CertificateCheckResult result) {
        return result.findings().stream().filter(Finding::isError).map(Finding::code).toList();
    }

    private static Arguments broken(String name, UnaryOperator<CertificateProfile> breakIt, FindingCode expected) {
        return Arguments.of(name, breakIt, expected);
    }
}
