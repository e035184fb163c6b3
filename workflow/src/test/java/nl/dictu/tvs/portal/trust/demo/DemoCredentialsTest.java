package nl.dictu.tvs.portal.trust.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.TrustCheckInput;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.finding.CheckReport;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.EnvironmentCertificates;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.oin.OinCheck;
import nl.dictu.tvs.portal.trust.certificate.CertificateReader;

class DemoCredentialsTest {

    private static final String OIN = "00000099123456789000";

    @Test
    void shouldIssuePreproductionAndProductionCredentialsThatPassTheChecksAgainstTheDemoRoot(@TempDir Path dir) {
        // given
        DemoCertificateAuthority authority = new DemoCertificateAuthority(true, dir.resolve("demo-pki"));
        DemoCredentials credentials = new DemoCredentials(authority);

        // when
        DemoCredentialSet preproduction = credentials.issue(new DemoCredentialRequest(OIN, " Gemeente Voorbeeldstad ",
                Environment.PREPRODUCTION, 9001, true));
        DemoCredentialSet production = credentials.issue(new DemoCredentialRequest(OIN, "Gemeente Voorbeeldstad",
                Environment.PRODUCTION, 1, false));

        // then
        TrustAnchors demoOnly = TrustAnchors.of(List.of(authority.ca().orElseThrow().root()));
        assertThat(check(demoOnly, preproduction, true).findings()).noneMatch(Finding::isError);
        assertThat(check(demoOnly, production, false).findings()).noneMatch(Finding::isError);
        assertThat(preproduction.entityId()).endsWith(":entities:9001");
        assertThat(production.entityId()).endsWith(":entities:0001");
        assertThat(new String(preproduction.signedMetadata(), StandardCharsets.UTF_8)).contains("SingleLogoutService");
        assertThat(new String(production.signedMetadata(), StandardCharsets.UTF_8)).doesNotContain("SingleLogoutService");
        assertThat(preproduction.privateKeyPem()).contains("PRIVATE KEY");
        assertThat(preproduction.certificateSha256()).isNotEqualTo(production.certificateSha256());
        assertThat(EnvironmentCertificates.check(read(preproduction), read(production))).isEmpty();
        assertThat(check(TrustAnchors.of(List.of(nl.dictu.tvs.portal.trust.TestResources.pki().root())), preproduction, true)
                .findings()).extracting(Finding::code).contains(FindingCode.CERTIFICATE_CHAIN_UNTRUSTED);
    }

    @Test
    void shouldRefuseOutsideDemoModeAndCreateNothing(@TempDir Path dir) {
        // given
        Path folder = dir.resolve("demo-pki");
        DemoCredentials credentials = new DemoCredentials(new DemoCertificateAuthority(false, folder));

        // when / then
        assertThat(credentials.isAvailable()).isFalse();
        assertThatThrownBy(() -> credentials.issue(new DemoCredentialRequest(OIN, "Gemeente", Environment.PREPRODUCTION, 9001, false)))
                .isInstanceOf(DemoCredentialsRefusedException.class).hasMessageContaining("demo.credentials.demoModeOnly");
        assertThat(folder).doesNotExist();
    }

    @Test
    void shouldRefuseABadOinNameOrIndexWithAMessageKeyThePersonCanActOn(@TempDir Path dir) {
        DemoCredentials credentials = new DemoCredentials(new DemoCertificateAuthority(true, dir));

        assertThatThrownBy(() -> credentials.issue(new DemoCredentialRequest("123", "Gemeente", Environment.PREPRODUCTION, 9001, false)))
                .isInstanceOfSatisfying(DemoCredentialsRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("finding.OIN_FORMAT_INVALID"));
        assertThatThrownBy(() -> credentials.issue(new DemoCredentialRequest(OIN, " ", Environment.PREPRODUCTION, 9001, false)))
                .isInstanceOfSatisfying(DemoCredentialsRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.credentials.nameInvalid"));
        assertThatThrownBy(() -> credentials.issue(new DemoCredentialRequest(OIN, "Gemeente", Environment.PRODUCTION, 9001, false)))
                .isInstanceOfSatisfying(DemoCredentialsRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("finding.METADATA_ENTITY_ID_INDEX_OUT_OF_RANGE");
                    assertThat(e.arguments()).containsExactly("9001", "0000-8999");
                });
    }

    private static CheckReport check(TrustAnchors anchors, DemoCredentialSet set, boolean eenmaligInloggen) {
        TrustCheck check = new TrustCheck(new OinCheck(true), Optional.of(new CertificateCheck(anchors)), new MetadataCheck(),
                Optional.empty(), Clock.systemUTC());
        return check.run(new TrustCheckInput(OIN, Optional.of(set.certificatePem().getBytes(StandardCharsets.US_ASCII)),
                Optional.of(set.signedMetadata()), set.environment(), eenmaligInloggen, Set.of()), Instant.now());
    }

    private static java.security.cert.X509Certificate read(DemoCredentialSet set) {
        return new CertificateReader().read(set.certificatePem().getBytes(StandardCharsets.US_ASCII)).certificates().get(0);
    }
}
