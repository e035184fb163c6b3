package nl.dictu.tvs.portal.trust.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TrustAnchorRequirementTest {

    @Test
    void shouldRefuseToRunOutsideDemoModeWithoutTrustAnchors() {
        assertThat(TrustAnchorRequirement.problem(false, Optional.empty()))
                .hasValueSatisfying(p -> assertThat(p).startsWith("TVS_TRUST_ANCHORS is not set").contains("Private Root CA - G1"));
    }

    @Test
    void shouldLetDemoModeRunWithoutTrustAnchors() {
        assertThat(TrustAnchorRequirement.problem(true, Optional.empty())).isEmpty();
    }

    @Test
    void shouldRefuseAPathThatIsNotAReadableFile(@TempDir Path dir) {
        assertThat(TrustAnchorRequirement.problem(true, Optional.of(dir.resolve("missing.pem").toString())))
                .hasValueSatisfying(p -> assertThat(p).contains("missing.pem is not a readable file"));
        assertThat(TrustAnchorRequirement.problem(false, Optional.of(dir.toString()))).isPresent();
    }

    @Test
    void shouldAcceptReadableFilesOneOrSeveralWithSeveralAnchorsEach(@TempDir Path dir) throws IOException {
        // given: the G1 and G4 roots side by side, as one PEM and as separate files
        TestPki g1 = TestPki.generate("G1");
        TestPki g4Tls = TestPki.generate("G4 G-TLS");
        TestPki g4Other = TestPki.generate("G4 G-Other");
        Path together = Files.writeString(dir.resolve("anchors.pem"), PemWriter.toPem(g1.root(), g4Tls.root(), g4Other.root()));
        Path first = Files.writeString(dir.resolve("g1.pem"), PemWriter.toPem(g1.root()));
        Path second = Files.writeString(dir.resolve("g4.pem"), PemWriter.toPem(g4Tls.root(), g4Other.root()));
        String list = first + " , " + second;

        // then
        assertThat(TrustAnchorRequirement.problem(false, Optional.of(together.toString()))).isEmpty();
        assertThat(TrustAnchorRequirement.problem(false, Optional.of(list))).isEmpty();
        assertThat(TrustAnchors.fromPemFiles(list).anchors()).containsExactly(g1.root(), g4Tls.root(), g4Other.root());
        assertThat(TrustAnchors.fromPemFiles(together.toString()).anchors()).hasSize(3);
    }

    @Test
    void shouldRefuseAFileWithoutACertificateAndNameTheMissingOneOfSeveral(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("anchors.pem"), "-----BEGIN CERTIFICATE-----\n");
        Path good = Files.writeString(dir.resolve("good.pem"), PemWriter.toPem(TestPki.generate("G1").root()));

        assertThat(TrustAnchorRequirement.problem(false, Optional.of(broken.toString())))
                .hasValueSatisfying(p -> assertThat(p).contains("holds no readable certificate"));
        assertThat(TrustAnchorRequirement.problem(false, Optional.of(good + "," + dir.resolve("absent.pem"))))
                .hasValueSatisfying(p -> assertThat(p).contains("absent.pem is not a readable file"));
    }

    @Test
    void shouldRefuseATrialRootOutsideDemoModeOnly(@TempDir Path dir) throws IOException {
        // given
        Path anchors = Files.writeString(dir.resolve("anchors.pem"),
                PemWriter.toPem(TestPki.generate("G1").root(), TestPki.generate("PKIoverheid TRIAL").root()));

        // then
        assertThat(TrustAnchorRequirement.problem(false, Optional.of(anchors.toString())))
                .hasValueSatisfying(p -> assertThat(p).startsWith("TVS_TRUST_ANCHORS=")
                        .contains("PKIoverheid TRIAL root", "CN=PKIoverheid TRIAL Root CA", "demo mode"));
        assertThat(TrustAnchorRequirement.problem(true, Optional.of(anchors.toString()))).isEmpty();
    }
}
