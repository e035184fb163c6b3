package nl.dictu.tvs.portal.trust.testpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

class CaStoreTest {

    private static final String OIN = "00000099123456789000";

    @Test
    void shouldCreateTheCaOnceAndReadTheSameKeysBackLater(@TempDir Path dir) throws IOException {
        // given
        Path folder = dir.resolve("demo-pki");

        // when
        TestPki created = CaStore.loadOrCreate(folder);
        TestPki readBack = CaStore.loadOrCreate(folder);

        // then
        assertThat(readBack.root()).isEqualTo(created.root());
        assertThat(readBack.intermediate()).isEqualTo(created.intermediate());
        assertThat(readBack.intermediateCa().privateKey().getEncoded()).isEqualTo(created.intermediateCa().privateKey().getEncoded());
        assertThat(created.root().getSubjectX500Principal().getName()).contains("TVS Aansluitportaal Demo Root CA");
        assertThat(folder.resolve(CaStore.KEYSTORE)).isRegularFile();
        assertThat(Files.readString(folder.resolve(CaStore.ROOT_PEM))).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder(CaStore.KEYSTORE, CaStore.ROOT_PEM, CaStore.INTERMEDIATE_PEM);
    }

    @Test
    void shouldIssueFromThePersistedCaCredentialsThatPassTheChecks(@TempDir Path dir) throws IOException {
        // given: a CA made by an earlier run
        Path folder = dir.resolve("demo-pki");
        TestPki earlier = CaStore.loadOrCreate(folder);

        // when
        OrganisationCredentials credentials = CaStore.loadOrCreate(folder)
                .organisationCredentials(OIN, "Gemeente Voorbeeldstad", 9001, true);
        CheckReport report = checkedAgainst(earlier, credentials, Environment.PREPRODUCTION, true);

        // then
        assertThat(report.findings()).noneMatch(Finding::isError);
        assertThat(credentials.entityId()).isEqualTo("urn:nl-eid-gdi:1.0:DV:" + OIN + ":entities:9001");
        assertThat(credentials.signedMetadata()).contains("SingleLogoutService");
    }

    @Test
    void shouldIssueASeparateEncryptionAndANextSigningCertificateThatPassTheChecks(@TempDir Path dir) throws IOException {
        // given
        Path ca = dir.resolve("ca");
        Path out = dir.resolve("out");

        // when
        int exit = TestPkiOptions.run(new String[] {"--ca-dir", ca.toString(), "--oin", OIN, "--out", out.toString(),
                "--next-signing-certificate", "yes", "--eenmalig-inloggen", "yes"},
                System.out, System.err);
        OrganisationCredentials credentials = CaStore.loadOrCreate(ca).organisationCredentials(OIN, "Gemeente Voorbeeldstad", 9001,
                true, List.of(), CredentialOptions.defaults().withNextSigningCertificate());

        // then
        assertThat(exit).isZero();
        assertThat(out.resolve("encryption.pem")).content().contains("BEGIN CERTIFICATE");
        assertThat(out.resolve("next-signing-key.pem")).content().contains("PRIVATE KEY");
        assertThat(credentials.signedMetadata()).contains("use=\"encryption\"");
        assertThat(credentials.signedMetadata()).contains(DvMetadataTemplate.keyName(credentials.nextSigningCertificate().orElseThrow().certificate()));
        assertThat(credentials.encryptionCertificate().certificate().getKeyUsage()[0]).isFalse();
        assertThat(checkedAgainst(CaStore.loadOrCreate(ca), credentials, Environment.PREPRODUCTION, true).findings())
                .noneMatch(Finding::isError);
    }

    @Test
    void shouldRefuseAFileThatIsNotADemoCaKeystore(@TempDir Path dir) throws IOException {
        Path keystore = dir.resolve(CaStore.KEYSTORE);
        Files.writeString(keystore, "not a keystore");

        assertThatThrownBy(() -> CaStore.loadOrCreate(dir)).isInstanceOf(IOException.class).hasMessageContaining(CaStore.PASSWORD);
    }

    @Test
    void shouldLetTheMainIssueFromAPersistedCaIntoAnOutputFolder(@TempDir Path dir) throws IOException {
        // given
        Path ca = dir.resolve("ca");
        Path out = dir.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        // when
        int exit = TestPkiOptions.run(new String[] {"--ca-dir", ca.toString(), "--oin", OIN, "--out", out.toString(),
                "--environment", "production", "--index", "12", "--organisation", "Gemeente Voorbeeldstad"},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        int badIndex = TestPkiOptions.run(new String[] {"--ca-dir", ca.toString(), "--oin", OIN, "--out", out.toString(),
                "--environment", "production", "--index", "9001"}, System.out, new PrintStream(stderr, true, StandardCharsets.UTF_8));
        int missing = TestPkiOptions.run(new String[] {"--oin", OIN}, System.out, new PrintStream(stderr, true, StandardCharsets.UTF_8));

        // then
        assertThat(exit).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains(":entities:0012");
        assertThat(out.resolve(OrganisationCredentials.METADATA_FILE)).content().contains(":entities:0012\"");
        assertThat(out.resolve(OrganisationCredentials.KEY_FILE)).content().contains("PRIVATE KEY");
        TestPki persisted = CaStore.loadOrCreate(ca);
        TrustAnchors anchors = TrustAnchors.fromPemFile(ca.resolve(CaStore.ROOT_PEM));
        assertThat(anchors.anchors()).containsExactly(persisted.root());
        assertThat(badIndex).isEqualTo(2);
        assertThat(missing).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--index must be in 0000-8999").contains("--ca-dir is required");
    }

    private static CheckReport checkedAgainst(TestPki ca, OrganisationCredentials credentials, Environment environment,
            boolean eenmaligInloggen) {
        TrustCheck check = new TrustCheck(new OinCheck(true), Optional.of(new CertificateCheck(TrustAnchors.of(List.of(ca.root())))),
                new MetadataCheck(), Optional.empty(), java.time.Clock.systemUTC());
        return check.run(new TrustCheckInput(OIN, Optional.of(credentials.certificatePem().getBytes(StandardCharsets.US_ASCII)),
                Optional.of(credentials.signedMetadata().getBytes(StandardCharsets.UTF_8)), environment, eenmaligInloggen, Set.of()),
                Instant.now());
    }
}
