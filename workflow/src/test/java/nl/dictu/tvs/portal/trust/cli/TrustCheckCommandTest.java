package nl.dictu.tvs.portal.trust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.dictu.tvs.portal.trust.testpki.CertificateProfile;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

class TrustCheckCommandTest {

    private static final String DEMO_OIN = "00000099000000001000";

    @TempDir
    static Path demo;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void writeDemoSet() throws IOException {
        TestPki.main(new String[] {demo.toString(), DEMO_OIN, "Demo Gemeente"});
    }

    @Test
    void shouldExitZeroAndPrintFindingsForAGoodDemoApplication() {
        // when
        int exit = run("--metadata", file("metadata.xml"), "--certificate", file("organisation.pem"), "--oin", DEMO_OIN,
                "--environment", "preproduction", "--eenmalig-inloggen", "yes", "--trust-anchors", file("root.pem"), "--demo");

        // then
        assertThat(exit).isZero();
        assertThat(stdout()).startsWith("[").contains("\"code\":\"CERTIFICATE_SUMMARY\"", "\"code\":\"METADATA_SUMMARY\"",
                "\"severity\":\"INFO\"", "\"message\":\"Certificaat van Demo Gemeente met OIN " + DEMO_OIN)
                .doesNotContain("\"severity\":\"ERROR\"");
    }

    @Test
    void shouldExitOneWithAnErrorFindingInEnglish() {
        // when
        int exit = run("--metadata", file("metadata.xml"), "--oin", DEMO_OIN, "--environment", "production", "--demo", "--lang", "en",
                "--trust-anchors", file("root.pem"));

        // then
        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("\"code\":\"METADATA_ENTITY_ID_INDEX_OUT_OF_RANGE\"", "\"severity\":\"ERROR\"",
                "does not fit this environment (allowed: 0000-8999)");
    }

    @Test
    void shouldRejectTestOinsOutsideDemoMode() {
        // when
        int exit = run("--metadata", file("metadata.xml"), "--oin", DEMO_OIN, "--environment", "preproduction",
                "--trust-anchors", file("root.pem"));

        // then
        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("\"code\":\"OIN_TEST_PREFIX_NOT_ALLOWED\"");
    }

    @Test
    void shouldExitTwoWithUsageWhenAFileIsMissing() {
        // when
        int exit = run("--metadata", demo.resolve("absent.xml").toString(), "--oin", DEMO_OIN, "--environment", "preproduction",
                "--trust-anchors", file("root.pem"));

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("absent.xml", "Usage:");
    }

    @Test
    void shouldExitTwoWithUsageOnBadArguments() {
        // then
        assertThat(run("--oin", DEMO_OIN, "--environment", "staging", "--metadata", file("metadata.xml"))).isEqualTo(2);
        assertThat(run("--certificate", file("organisation.pem"), "--oin", DEMO_OIN, "--environment", "production")).isEqualTo(2);
        assertThat(run("--metadata", file("metadata.xml"), "--oin", DEMO_OIN, "--environment", "production")).isEqualTo(2);
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(stderr()).contains("--environment must be", "Missing option --trust-anchors", "Unknown option");
    }

    @Test
    void shouldTakeTheServiceUuidModeAndRefuseAnUnknownOne() {
        // when
        int authnRequest = run("--metadata", file("metadata.xml"), "--oin", DEMO_OIN, "--environment", "preproduction", "--demo",
                "--eenmalig-inloggen", "yes", "--service-uuid-mode", "authn-request", "--trust-anchors", file("root.pem"),
                "--intermediates", file("intermediate.pem"));
        int unknown = run("--metadata", file("metadata.xml"), "--oin", DEMO_OIN, "--environment", "preproduction", "--demo",
                "--service-uuid-mode", "extensions", "--trust-anchors", file("root.pem"));

        // then
        assertThat(authnRequest).isZero();
        assertThat(unknown).isEqualTo(2);
        assertThat(stderr()).contains("--service-uuid-mode must be metadata or authn-request");
    }

    @Test
    void shouldCheckTheAlbListWhenOneIsGiven() throws IOException {
        // given
        Path alb = Files.writeString(demo.resolve("alb.csv"), "oin;naam;besluitkenmerk;besluitdatum\n"
                + "00000001002220647000;Gemeente Utrecht;RvIG-1;2021-03-15\n", StandardCharsets.UTF_8);

        // when
        int exit = run("--metadata", file("metadata.xml"), "--oin", DEMO_OIN, "--environment", "preproduction", "--demo",
                "--alb", alb.toString(), "--trust-anchors", file("root.pem"));

        // then
        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("\"code\":\"ALB_NOT_REGISTERED\"", "RvIG");
    }

    @Test
    void shouldExitOneWithoutAnUploadedCertificateWhenTheMetadataIsSignedWithARogueOrSelfSignedCertificate() throws IOException {
        // given: metadata signed with a certificate of a root nobody configured, and with a self-signed one
        TestPki roguePki = TestPki.generate("Rogue");
        IssuedCertificate rogue = roguePki.organisationCertificate(DEMO_OIN, "Demo Gemeente");
        IssuedCertificate rogueEncryption = roguePki.encryptionCertificate(DEMO_OIN, "Demo Gemeente");
        IssuedCertificate selfSigned = roguePki.issue(CertificateProfile.pkioverheid(DEMO_OIN, "Demo Gemeente").asSelfSigned());
        DvMetadataTemplate template = DvMetadataTemplate.forOin(DEMO_OIN, 9001).withSingleLogout();
        Path rogueMetadata = Files.writeString(demo.resolve("rogue.xml"),
                MetadataSigner.sign(template.build(rogue.certificate(), rogueEncryption.certificate()), rogue));
        Path selfSignedMetadata = Files.writeString(demo.resolve("self-signed.xml"),
                MetadataSigner.sign(template.build(selfSigned.certificate(), rogueEncryption.certificate()), selfSigned));

        // when
        int rogueExit = run("--metadata", rogueMetadata.toString(), "--oin", DEMO_OIN, "--environment", "preproduction",
                "--eenmalig-inloggen", "yes", "--trust-anchors", file("root.pem"), "--demo");
        String rogueOutput = stdout();
        out.reset();
        int selfSignedExit = run("--metadata", selfSignedMetadata.toString(), "--oin", DEMO_OIN, "--environment", "preproduction",
                "--eenmalig-inloggen", "yes", "--trust-anchors", file("root.pem"), "--demo");

        // then
        assertThat(rogueExit).isEqualTo(1);
        assertThat(rogueOutput).contains("\"code\":\"METADATA_CERTIFICATE_CHAIN_UNTRUSTED\"", "Het ondertekeningscertificaat in de metadata");
        assertThat(selfSignedExit).isEqualTo(1);
        assertThat(stdout()).contains("\"code\":\"METADATA_CERTIFICATE_SELF_SIGNED\"");
    }

    @Test
    void shouldRefuseATrialRootAsTrustAnchorUnlessInDemoMode() throws IOException {
        // given
        Path trialRoot = Files.writeString(demo.resolve("trial-root.pem"), PemWriter.toPem(TestPki.generate("PKIoverheid TRIAL").root()));
        String anchors = file("root.pem") + "," + trialRoot;

        // when
        int refused = run("--metadata", file("metadata.xml"), "--oin", "00000001002220647000", "--environment", "preproduction",
                "--trust-anchors", anchors);
        int demoMode = run("--metadata", file("metadata.xml"), "--oin", DEMO_OIN, "--environment", "preproduction",
                "--eenmalig-inloggen", "yes", "--trust-anchors", anchors, "--intermediates", file("intermediate.pem"), "--demo");

        // then
        assertThat(refused).isEqualTo(2);
        assertThat(stderr()).contains("--trust-anchors contains a PKIoverheid TRIAL root", "PKIoverheid TRIAL Root CA");
        assertThat(demoMode).isZero();
    }

    private int run(String... args) {
        return TrustCheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String file(String name) {
        return demo.resolve(name).toString();
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
