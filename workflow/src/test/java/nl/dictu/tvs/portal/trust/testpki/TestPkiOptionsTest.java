package nl.dictu.tvs.portal.trust.testpki;

import static org.assertj.core.api.Assertions.assertThat;

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
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

/** {@code TestPki --service-uuids} and {@code --cluster}: what they write passes the portal's checks, bad options exit 2. */
class TestPkiOptionsTest {

    private static final String OIN = "00000099123456789000";
    private static final String UUID_ONE = "6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    private static final String UUID_TWO = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) throws IOException {
        return TestPkiOptions.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private static CheckReport check(Path ca, Path out, Environment environment, Set<String> issued) throws IOException {
        TrustCheck check = new TrustCheck(new OinCheck(true),
                Optional.of(new CertificateCheck(TrustAnchors.fromPemFile(ca.resolve(CaStore.ROOT_PEM)))), new MetadataCheck(),
                Optional.empty(), java.time.Clock.systemUTC());
        return check.run(new TrustCheckInput(OIN, Optional.of(Files.readAllBytes(out.resolve(OrganisationCredentials.CERTIFICATE_FILE))),
                Optional.of(Files.readAllBytes(out.resolve(OrganisationCredentials.METADATA_FILE))), environment, false, issued),
                Instant.now());
    }

    @Test
    void shouldPutTheIssuedServiceUuidsInProductionMetadataThatPassesTheProductionCheck(@TempDir Path dir) throws IOException {
        // given
        Path ca = dir.resolve("ca");
        Path out = dir.resolve("production");

        // when
        int exit = run("--ca-dir", ca.toString(), "--oin", OIN, "--out", out.toString(), "--environment", "production",
                "--service-uuids", UUID_ONE + "," + UUID_TWO);

        // then
        assertThat(exit).isZero();
        assertThat(out.resolve(OrganisationCredentials.METADATA_FILE)).content()
                .contains(":entities:0001\"", UUID_ONE, UUID_TWO, "use=\"encryption\"");
        assertThat(out.resolve(OrganisationCredentials.ENCRYPTION_CERTIFICATE_FILE)).content().startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(check(ca, out, Environment.PRODUCTION, Set.of(UUID_ONE, UUID_TWO)).findings()).noneMatch(Finding::isError);
    }

    @Test
    void shouldMakeClusterMetadataForASupplierAndItsOrganisations(@TempDir Path dir) throws IOException {
        // given
        Path ca = dir.resolve("ca");
        Path named = dir.resolve("named");
        Path counted = dir.resolve("counted");

        // when
        int namedExit = run("--ca-dir", ca.toString(), "--oin", OIN, "--out", named.toString(), "--organisation", "SaaS Leverancier",
                "--cluster", "--member", "00000099200000001000:Gemeente Een", "--member", "00000099200000002000:Gemeente Twee");
        int countedExit = run("--ca-dir", ca.toString(), "--oin", OIN, "--out", counted.toString(), "--cluster", "--members", "3");

        // then
        assertThat(namedExit).isZero();
        assertThat(countedExit).isZero();
        assertThat(named.resolve(OrganisationCredentials.METADATA_FILE)).content()
                .contains("<md:EntitiesDescriptor", ":LC:" + OIN + ":entities:9001", ":DV:00000099200000002000:entities:9001");
        assertThat(named.resolve("dv-00000099200000001000-encryption.pem")).isRegularFile();
        assertThat(Files.list(counted).filter(p -> p.getFileName().toString().endsWith("-encryption.pem"))).hasSize(3);
        CheckReport report = check(ca, named, Environment.PREPRODUCTION, Set.of());
        assertThat(report.findings()).noneMatch(Finding::isError);
        assertThat(report.codes()).contains(FindingCode.METADATA_CLUSTER_SUMMARY);
    }

    @Test
    void shouldRefuseBadServiceUuidsAndMembersWithoutCluster(@TempDir Path dir) throws IOException {
        // when
        int badUuid = run("--ca-dir", dir.toString(), "--oin", OIN, "--out", dir.toString(), "--service-uuids", "not-a-uuid");
        int memberWithoutCluster = run("--ca-dir", dir.toString(), "--oin", OIN, "--out", dir.toString(),
                "--member", "00000099200000001000:Gemeente Een");
        int clusterWithoutMembers = run("--ca-dir", dir.toString(), "--oin", OIN, "--out", dir.toString(), "--cluster");

        // then
        assertThat(List.of(badUuid, memberWithoutCluster, clusterWithoutMembers)).containsOnly(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("\"not-a-uuid\" is not a UUID")
                .contains("--member and --members need --cluster").contains("--cluster needs either --member");
    }
}
