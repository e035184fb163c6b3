package nl.dictu.tvs.portal.trust.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.TrustCheckInput;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.oin.OinCheck;
import nl.dictu.tvs.portal.trust.testpki.CertificateProfile;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.KeyDescriptorCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

/**
 * Every certificate the metadata lists is checked like an uploaded one: each defect once for a signing and once for
 * an encryption certificate, without an uploaded certificate (as the command line without --certificate).
 */
class MetadataCertificateRulesTest {

    private static final Instant NOW = Instant.now();
    private static final String OTHER_OIN = "00000003273012340000";
    private static final TestPki ROGUE = TestPki.generate("Rogue");

    private final MetadataCheck check = new MetadataCheck();
    private final CertificateCheck certificates = new CertificateCheck(TrustAnchors.of(List.of(TestResources.pki().root()))
            .withIntermediates(List.of(TestResources.pki().intermediate())));

    static Stream<Arguments> defects() {
        List<Arguments> cases = new ArrayList<>();
        for (boolean encryption : new boolean[] {false, true}) {
            cases.add(defect("self-signed", encryption, p -> TestResources.pki().issue(p.asSelfSigned()), FindingCode.METADATA_CERTIFICATE_SELF_SIGNED));
            cases.add(defect("chains to a rogue root", encryption, ROGUE::issue, FindingCode.METADATA_CERTIFICATE_CHAIN_UNTRUSTED));
            cases.add(defect("expired", encryption, p -> issue(p.withValidity(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1)))),
                    FindingCode.METADATA_CERTIFICATE_EXPIRED));
            cases.add(defect("not yet valid", encryption, p -> issue(p.withValidity(NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(300)))),
                    FindingCode.METADATA_CERTIFICATE_NOT_YET_VALID));
            cases.add(defect("RSA 1024", encryption, p -> issue(p.withRsaBits(1024)), FindingCode.METADATA_CERTIFICATE_KEY_TOO_WEAK));
            cases.add(defect("SHA-1", encryption, p -> issue(p.withSignatureAlgorithm("SHA1withRSA")),
                    FindingCode.METADATA_CERTIFICATE_SIGNATURE_ALGORITHM_WEAK));
            cases.add(defect("EC key", encryption, p -> issue(p.withEcKey()), FindingCode.METADATA_CERTIFICATE_KEY_NOT_RSA));
            cases.add(defect("CA certificate", encryption, p -> issue(p.asCa()), FindingCode.METADATA_CERTIFICATE_IS_CA));
            cases.add(defect("another organisation's OIN", encryption, p -> issue(p.withOin(OTHER_OIN)),
                    FindingCode.METADATA_CERTIFICATE_OIN_MISMATCH));
            cases.add(defect("no OIN", encryption, p -> issue(p.withOin(null)), FindingCode.METADATA_CERTIFICATE_OIN_MISSING));
        }
        cases.add(defect("no digitalSignature", false, p -> issue(p.withoutDigitalSignature()), FindingCode.METADATA_CERTIFICATE_KEY_USAGE_MISSING));
        cases.add(defect("no keyEncipherment", true, p -> issue(CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION)),
                FindingCode.METADATA_CERTIFICATE_KEY_ENCIPHERMENT_MISSING));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void shouldRejectADefectiveListedCertificateWithItsOwnFindingWithoutAnUpload(String name, boolean encryption,
            Function<CertificateProfile, IssuedCertificate> make, FindingCode expected) {
        // given: a defective signing certificate that signs the metadata (an EC key cannot sign RSA-SHA256, so it is
        // listed as the second signing certificate), or a defective encryption certificate beside a good signer
        CertificateProfile base = CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION);
        IssuedCertificate defective = make.apply(encryption ? base.forEncryption() : base);
        byte[] metadata;
        if (encryption) {
            metadata = signed(TestResources.organisation(), KeyDescriptorCertificate.encryption(defective.certificate()));
        } else if ("EC".equals(defective.certificate().getPublicKey().getAlgorithm())) {
            metadata = signed(TestResources.organisation(), KeyDescriptorCertificate.signing(defective.certificate()));
        } else {
            metadata = signed(defective);
        }

        // when
        List<Finding> errors = errors(metadata, Optional.empty());

        // then
        assertThat(errors).extracting(Finding::code).containsExactly(expected);
        Finding finding = errors.get(0);
        assertThat(finding.evidence()).containsEntry("use", encryption ? "ENCRYPTION" : "SIGNING")
                .containsEntry("subject", nl.dictu.tvs.portal.trust.certificate.CertificateFacts.subject(defective.certificate()))
                .hasEntrySatisfying("source", source -> assertThat(source).contains("§"));
        assertThat(finding.message(Locale.forLanguageTag("nl")))
                .startsWith(encryption ? "Het versleutelingscertificaat in de metadata (CN=" : "Het ondertekeningscertificaat in de metadata (CN=");
        assertThat(finding.message(Locale.ENGLISH))
                .startsWith(encryption ? "The encryption certificate in the metadata (CN=" : "The signing certificate in the metadata (CN=");
    }

    @Test
    void shouldSayWhichCertificateBelongsToWhichOinInPlainWords() {
        // given
        IssuedCertificate foreign = issue(CertificateProfile.pkioverheid(OTHER_OIN, "Andere Organisatie").forEncryption()
                .withValidity(Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2027-03-12T10:00:00Z")));
        byte[] metadata = signed(TestResources.organisation(), KeyDescriptorCertificate.encryption(foreign.certificate()));
        String fingerprint = nl.dictu.tvs.portal.trust.certificate.CertificateFacts.sha256Fingerprint(foreign.certificate())
                .replace(":", "").substring(0, 8);

        // when
        Finding finding = errors(metadata, Optional.of(TestResources.organisation().certificate())).get(0);

        // then
        assertThat(finding.code()).isEqualTo(FindingCode.METADATA_CERTIFICATE_OIN_MISMATCH);
        assertThat(finding.message(Locale.forLanguageTag("nl"))).startsWith("Het versleutelingscertificaat in de metadata"
                + " (CN=saml-encryption.test.example.nl, SHA-256 " + fingerprint + "…, verloopt 12-03-2027) hoort bij OIN "
                + OTHER_OIN + ", niet bij uw OIN " + TestResources.OIN + ".");
        assertThat(finding.message(Locale.ENGLISH)).startsWith("The encryption certificate in the metadata"
                + " (CN=saml-encryption.test.example.nl, SHA-256 " + fingerprint + "…, expires 12 March 2027) belongs to OIN "
                + OTHER_OIN + ", not to your OIN " + TestResources.OIN + ".");
        assertThat(finding.evidence()).containsEntry("certificateOin", OTHER_OIN).containsKey("sha256")
                .containsEntry("source", "Koppelvlakspecificatie eID SAML 4.4 §8.4.2, §8.4.3, §9.1");
    }

    @Test
    void shouldWarnWhenAListedCertificateExpiresWithinSixtyDays() {
        // given
        IssuedCertificate soon = issue(CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION).forEncryption()
                .withValidity(NOW.minus(Duration.ofDays(300)), NOW.plus(Duration.ofDays(30))));
        byte[] metadata = signed(TestResources.organisation(), KeyDescriptorCertificate.encryption(soon.certificate()));

        // when
        List<Finding> findings = check.check(metadata, SignedMetadataFixture.request(), certificates, NOW).findings();

        // then
        assertThat(findings).noneMatch(Finding::isError);
        assertThat(findings).extracting(Finding::code).contains(FindingCode.METADATA_CERTIFICATE_EXPIRES_SOON);
    }

    @Test
    void shouldReportADefectOfTheUploadedCertificateOnceWhenItAlsoSignsTheMetadata() {
        // given: the uploaded certificate expires within sixty days and is the metadata's signing certificate
        IssuedCertificate soon = issue(CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION)
                .withValidity(NOW.minus(Duration.ofDays(300)), NOW.plus(Duration.ofDays(30))));
        byte[] metadata = signed(soon, KeyDescriptorCertificate.encryption(TestResources.encryption().certificate()));
        byte[] upload = PemWriter.toPem(soon.certificate(), TestResources.pki().intermediate()).getBytes(StandardCharsets.US_ASCII);
        TrustCheck trust = new TrustCheck(new OinCheck(true), Optional.of(certificates), check, Optional.empty(), Clock.systemUTC());

        // when
        List<Finding> findings = trust.run(new TrustCheckInput(TestResources.OIN, Optional.of(upload), Optional.of(metadata),
                Environment.PREPRODUCTION, true, Set.of()), NOW).findings();

        // then
        assertThat(findings).extracting(Finding::code).containsOnlyOnce(FindingCode.CERTIFICATE_EXPIRES_SOON)
                .doesNotContain(FindingCode.METADATA_CERTIFICATE_EXPIRES_SOON);
        assertThat(findings).noneMatch(Finding::isError);
    }

    @Test
    void shouldAcceptTwoSigningCertificatesForRollover() {
        IssuedCertificate next = issue(CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION)
                .withCommonName("saml-signing-next.test.example.nl"));
        byte[] metadata = signed(TestResources.organisation(), KeyDescriptorCertificate.signing(next.certificate()));

        assertThat(errors(metadata, Optional.of(TestResources.organisation().certificate()))).isEmpty();
        assertThat(errors(metadata, Optional.empty())).isEmpty();
    }

    @Test
    void shouldAcceptSeparateSigningAndEncryptionCertificatesWithoutDigitalSignatureOnTheEncryptionOne() {
        // given
        IssuedCertificate encryption = issue(CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION).forEncryption());
        byte[] metadata = signed(TestResources.organisation(), KeyDescriptorCertificate.encryption(encryption.certificate()));

        // then
        assertThat(encryption.certificate().getKeyUsage()[0]).as("digitalSignature").isFalse();
        assertThat(errors(metadata, Optional.of(TestResources.organisation().certificate()))).isEmpty();
    }

    @Test
    void shouldAcceptOneCertificateListedWithoutUseOrForBothAndCheckItOnce() {
        // given: the signing certificate also listed without use, and an expired encryption certificate listed twice
        IssuedCertificate expired = issue(CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION).forEncryption()
                .withValidity(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1))));
        byte[] good = signed(TestResources.organisation(), KeyDescriptorCertificate.forBoth(TestResources.organisation().certificate()));
        byte[] twice = signed(TestResources.organisation(), KeyDescriptorCertificate.encryption(expired.certificate()),
                KeyDescriptorCertificate.encryption(expired.certificate()));

        // then
        assertThat(errors(good, Optional.empty())).isEmpty();
        assertThat(errors(twice, Optional.empty())).extracting(Finding::code).containsExactly(FindingCode.METADATA_CERTIFICATE_EXPIRED);
    }

    @Test
    void shouldRefuseMoreThanTheRolloverAllowsPerPurpose() {
        // given: five distinct signing certificates, three distinct encryption certificates
        List<KeyDescriptorCertificate> more = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            more.add(KeyDescriptorCertificate.signing(TestResources.pki().organisationCertificate(TestResources.OIN, TestResources.ORGANISATION).certificate()));
        }
        for (int i = 0; i < 3; i++) {
            more.add(KeyDescriptorCertificate.encryption(issue(CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION)
                    .forEncryption()).certificate()));
        }
        byte[] metadata = signed(TestResources.organisation(), more.toArray(KeyDescriptorCertificate[]::new));

        // when
        List<Finding> errors = errors(metadata, Optional.empty());

        // then
        assertThat(errors).extracting(Finding::code).containsExactly(FindingCode.METADATA_CERTIFICATE_TOO_MANY, FindingCode.METADATA_CERTIFICATE_TOO_MANY);
        assertThat(errors).extracting(Finding::arguments).containsExactly(List.of("term:purpose.SIGNING", "5", "4"),
                List.of("term:purpose.ENCRYPTION", "3", "2"));
        assertThat(errors.get(1).message(Locale.forLanguageTag("nl"))).startsWith("De metadata bevat 3 verschillende certificaten voor versleutelen;");
    }

    @Test
    void shouldRefuseAnUploadedCertificateThatIsNotOneOfTheSigningCertificates() {
        // given: metadata with two signing certificates, neither of them the uploaded one
        IssuedCertificate next = TestResources.pki().organisationCertificate(TestResources.OIN, TestResources.ORGANISATION);
        IssuedCertificate uploaded = TestResources.pki().organisationCertificate(TestResources.OIN, TestResources.ORGANISATION);
        byte[] metadata = signed(TestResources.organisation(), KeyDescriptorCertificate.signing(next.certificate()));

        // then
        assertThat(errors(metadata, Optional.of(uploaded.certificate()))).extracting(Finding::code)
                .containsExactly(FindingCode.METADATA_SIGNING_CERTIFICATE_MISMATCH);
    }

    @Test
    void shouldRefuseAnUnreadableEncryptionCertificate() {
        // given
        IssuedCertificate encryption = issue(CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION).forEncryption());
        String unsigned = SignedMetadataFixture.template().build(TestResources.organisation().certificate(),
                List.of(KeyDescriptorCertificate.encryption(encryption.certificate()))).replace(base64(encryption.certificate()), "bm9uc2Vuc2U=");
        byte[] metadata = MetadataSigner.sign(unsigned, TestResources.organisation()).getBytes(StandardCharsets.UTF_8);

        // when
        List<Finding> errors = errors(metadata, Optional.empty());

        // then
        assertThat(errors).extracting(Finding::code).containsExactly(FindingCode.METADATA_CERTIFICATE_UNREADABLE);
        assertThat(errors.get(0).message(Locale.ENGLISH)).startsWith("The encryption certificate in KeyDescriptor 2 of the metadata");
    }

    @Test
    void shouldBuildThePathWithAnIntermediateTheMetadataCarries() {
        // given: only the root configured; the encryption KeyDescriptor carries its intermediate as well
        CertificateCheck rootOnly = new CertificateCheck(TrustAnchors.of(List.of(TestResources.pki().root())));
        IssuedCertificate encryption = issue(CertificateProfile.pkioverheid(TestResources.OIN, TestResources.ORGANISATION).forEncryption());
        String encryptionElement = "<ds:X509Certificate>" + base64(encryption.certificate()) + "</ds:X509Certificate>";
        String unsigned = SignedMetadataFixture.template().build(TestResources.organisation().certificate(),
                List.of(KeyDescriptorCertificate.encryption(encryption.certificate())))
                .replace(encryptionElement, encryptionElement + "<ds:X509Certificate>" + base64(TestResources.pki().intermediate())
                        + "</ds:X509Certificate>");
        byte[] metadata = MetadataSigner.sign(unsigned, TestResources.organisation()).getBytes(StandardCharsets.UTF_8);

        // when
        List<Finding> errors = rootOnly.checkEndEntity(encryption.certificate(),
                nl.dictu.tvs.portal.trust.certificate.CertificateUse.ENCRYPTION, List.of(), TestResources.OIN, NOW).stream()
                .filter(Finding::isError).toList();
        List<Finding> inMetadata = check.check(metadata, SignedMetadataFixture.request(), rootOnly, NOW).findings().stream()
                .filter(Finding::isError).toList();

        // then: untrusted alone; in the metadata the intermediate completes its path and the signing certificate's
        assertThat(errors).extracting(Finding::code).containsExactly(FindingCode.CERTIFICATE_CHAIN_UNTRUSTED);
        assertThat(inMetadata).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.dictu.tvs.portal.trust.metadata.HostileMetadataTest#hostileDocuments")
    void shouldStillRejectEveryHostileDocumentWithItsOwnFindingWhenTheCertificatesAreChecked(String name,
            Function<String, byte[]> mutation, FindingCode expected) {
        // when
        MetadataCheckResult result = check.check(mutation.apply(SignedMetadataFixture.signed()), SignedMetadataFixture.request(),
                certificates, NOW);

        // then
        assertThat(result.summary()).isEmpty();
        assertThat(result.findings()).extracting(Finding::code).containsExactly(expected);
    }

    private List<Finding> errors(byte[] metadata, Optional<X509Certificate> uploaded) {
        MetadataCheckRequest request = new MetadataCheckRequest(TestResources.OIN, Environment.PREPRODUCTION, true, Set.of(), uploaded);
        return check.check(metadata, request, certificates, NOW).findings().stream().filter(Finding::isError).toList();
    }

    /**
     * Metadata signed by {@code signer} listing the given further certificates; when none of them is listed for
     * encryption the compliant separate encryption certificate is added (§8.3: at least one {@code use="encryption"}).
     */
    private static byte[] signed(IssuedCertificate signer, KeyDescriptorCertificate... more) {
        List<KeyDescriptorCertificate> listed = new ArrayList<>(List.of(more));
        if (listed.stream().noneMatch(certificate -> certificate.use().filter("encryption"::equals).isPresent())) {
            listed.add(KeyDescriptorCertificate.encryption(TestResources.encryption().certificate()));
        }
        return MetadataSigner.sign(SignedMetadataFixture.template().build(signer.certificate(), listed), signer)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static IssuedCertificate issue(CertificateProfile profile) {
        return TestResources.pki().issue(profile);
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Arguments defect(String name, boolean encryption, Function<CertificateProfile, IssuedCertificate> make,
            FindingCode expected) {
        return Arguments.of((encryption ? "encryption: " : "signing: ") + name, encryption, make, expected);
    }
}
