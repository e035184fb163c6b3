package nl.dictu.tvs.portal.trust.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.finding.Severity;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

/**
 * The revocation switch and its soft/hard-fail policy, against CRLs made by the test PKI. The certificates name
 * no OCSP responder and no CRL distribution point, so nothing here can reach the network.
 */
class RevocationCheckTest {

    private static final Instant NOW = Instant.now();
    private static final TestPki PKI = TestResources.pki();
    private static final IssuedCertificate GOOD = PKI.organisationCertificate(TestResources.OIN, TestResources.ORGANISATION);
    private static final IssuedCertificate REVOKED = PKI.organisationCertificate(TestResources.OIN, TestResources.ORGANISATION);
    private static final List<X509CRL> CRLS = List.of(PKI.rootCrl(), PKI.intermediateCrl(REVOKED.certificate()));

    private static CertificateCheck check(RevocationPolicy policy, List<X509CRL> crls) {
        return new CertificateCheck(TrustAnchors.of(List.of(PKI.root())).withCrls(crls), policy);
    }

    private static List<Finding> revocationFindings(CertificateCheckResult result) {
        return result.findings().stream().filter(f -> f.code() == FindingCode.CERTIFICATE_REVOKED
                || f.code() == FindingCode.CERTIFICATE_REVOCATION_UNKNOWN).toList();
    }

    private static byte[] pem(IssuedCertificate certificate) {
        return PemWriter.toPem(certificate.certificate(), PKI.intermediate()).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void shouldReportACertificateOnTheCrlAsRevokedUnderBothPolicies() {
        // when
        CertificateCheckResult soft = check(RevocationPolicy.SOFT_FAIL, CRLS).check(pem(REVOKED), TestResources.OIN, NOW);
        CertificateCheckResult hard = check(RevocationPolicy.HARD_FAIL, CRLS).check(pem(REVOKED), TestResources.OIN, NOW);

        // then
        assertThat(revocationFindings(soft)).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.CERTIFICATE_REVOKED, Severity.ERROR));
        assertThat(revocationFindings(hard)).extracting(Finding::code).containsExactly(FindingCode.CERTIFICATE_REVOKED);
        assertThat(soft.findings()).filteredOn(Finding::isError).extracting(Finding::code)
                .containsExactly(FindingCode.CERTIFICATE_REVOKED);
    }

    @Test
    void shouldAcceptACertificateTheCrlsDoNotList() {
        // when
        CertificateCheckResult result = check(RevocationPolicy.HARD_FAIL, CRLS).check(pem(GOOD), TestResources.OIN, NOW);

        // then
        assertThat(result.findings()).noneMatch(Finding::isError);
        assertThat(revocationFindings(result)).isEmpty();
    }

    @Test
    void shouldWarnUnderSoftFailButRefuseUnderHardFailWhenTheStatusCannotBeDetermined() {
        // when: no CRL and no responder anywhere
        CertificateCheckResult soft = check(RevocationPolicy.SOFT_FAIL, List.of()).check(pem(GOOD), TestResources.OIN, NOW);
        CertificateCheckResult hard = check(RevocationPolicy.HARD_FAIL, List.of()).check(pem(GOOD), TestResources.OIN, NOW);

        // then
        assertThat(revocationFindings(soft)).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.CERTIFICATE_REVOCATION_UNKNOWN, Severity.WARNING));
        assertThat(soft.findings()).noneMatch(Finding::isError);
        assertThat(revocationFindings(hard)).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.CERTIFICATE_REVOCATION_UNKNOWN, Severity.ERROR));
    }

    @Test
    void shouldNotLookAtRevocationWhenTheSwitchIsOff() {
        // when
        CertificateCheckResult result = check(RevocationPolicy.OFF, CRLS).check(pem(REVOKED), TestResources.OIN, NOW);

        // then
        assertThat(revocationFindings(result)).isEmpty();
        assertThat(result.findings()).noneMatch(Finding::isError);
    }

    @Test
    void shouldReadTheSwitchFromItsSettingAndRefuseATypo() {
        assertThat(RevocationPolicy.fromSetting(Optional.empty())).isEqualTo(RevocationPolicy.OFF);
        assertThat(RevocationPolicy.fromSetting(Optional.of("off"))).isEqualTo(RevocationPolicy.OFF);
        assertThat(RevocationPolicy.fromSetting(Optional.of("soft-fail"))).isEqualTo(RevocationPolicy.SOFT_FAIL);
        assertThat(RevocationPolicy.fromSetting(Optional.of(" HARD-FAIL "))).isEqualTo(RevocationPolicy.HARD_FAIL);
        assertThatThrownBy(() -> RevocationPolicy.fromSetting(Optional.of("hardfail")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TVS_TRUST_REVOCATION");
    }

    @Test
    void shouldReadConfiguredCrlsFromAPemFile(@TempDir Path dir) throws IOException {
        // given
        Path crlFile = dir.resolve("crls.pem");
        Files.writeString(crlFile, PemWriter.toPem(CRLS.get(0), CRLS.get(1)), StandardCharsets.US_ASCII);
        Path notCrls = dir.resolve("root.pem");
        Files.writeString(notCrls, PemWriter.toPem(PKI.root()), StandardCharsets.US_ASCII);
        TrustAnchors anchors = TrustAnchors.of(List.of(PKI.root()));

        // when
        TrustAnchors withCrls = anchors.withCrlsFromPemFile(crlFile);
        CertificateCheckResult result = new CertificateCheck(withCrls, RevocationPolicy.HARD_FAIL)
                .check(pem(REVOKED), TestResources.OIN, NOW);

        // then
        assertThat(withCrls.crls()).hasSize(2);
        assertThat(revocationFindings(result)).extracting(Finding::code).containsExactly(FindingCode.CERTIFICATE_REVOKED);
        assertThatThrownBy(() -> anchors.withCrlsFromPemFile(notCrls)).isInstanceOf(IOException.class).hasMessageContaining("No CRL");
    }
}
