package nl.dictu.tvs.portal.trust.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.finding.Severity;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;

/**
 * The rules of Koppelvlakspecificatie eID SAML 4.4 §8.3 (tvs-rules.md M1-M9, M11): each broken once in otherwise
 * correct, correctly signed metadata, so its own finding is the only error (besides a schema error where the SAML
 * schema forbids the same thing), and each accepted variant.
 */
class MetadataSpecRulesTest {

    private static final String OIN = TestResources.OIN;
    private static final String ISSUED_UUID = "6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    private static final String OTHER_UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String ENCRYPTION_KEY_DESCRIPTOR = "<md:KeyDescriptor use=\"encryption\">";

    private final MetadataCheck check = new MetadataCheck();

    private static DvMetadataTemplate template() {
        return DvMetadataTemplate.forOin(OIN, 9001);
    }

    private static byte[] signed(DvMetadataTemplate template, UnaryOperator<String> change) {
        IssuedCertificate signer = TestResources.organisation();
        return MetadataSigner.sign(change.apply(SignedMetadataFixture.unsigned(template, signer)), signer)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] signed(UnaryOperator<String> change) {
        return signed(template(), change);
    }

    private static MetadataCheckRequest request() {
        return new MetadataCheckRequest(OIN, Environment.PREPRODUCTION, false, Set.of(),
                Optional.of(TestResources.organisation().certificate()));
    }

    private List<Finding> findings(byte[] metadata, MetadataCheckRequest request) {
        return check.check(metadata, request).findings();
    }

    private List<Finding> errors(byte[] metadata, MetadataCheckRequest request) {
        return findings(metadata, request).stream().filter(Finding::isError).toList();
    }

    private static List<FindingCode> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void shouldAcceptTheDefaultDemoMetadataWithoutErrorOrWarning() {
        // when
        List<Finding> findings = findings(signed(template().withSingleLogout(), UnaryOperator.identity()),
                new MetadataCheckRequest(OIN, Environment.PREPRODUCTION, true, Set.of(), Optional.of(TestResources.organisation().certificate())));

        // then: only information (the summary, and Organization, which the spec does not list)
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(codes(findings)).contains(FindingCode.METADATA_SUMMARY);
    }

    @Test
    void shouldRequireSignedRequestsSignedAssertionsAndSaml2WithTheSpecSection() {
        // given
        byte[] metadata = signed(xml -> xml.replace("AuthnRequestsSigned=\"true\"", "AuthnRequestsSigned=\"false\"")
                .replace(" WantAssertionsSigned=\"true\"", "")
                .replace("protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"",
                        "protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:1.1:protocol\""));

        // when
        List<Finding> errors = errors(metadata, request());

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_AUTHN_REQUESTS_NOT_SIGNED,
                FindingCode.METADATA_ASSERTIONS_NOT_SIGNED, FindingCode.METADATA_PROTOCOL_NOT_SAML2);
        assertThat(errors).allSatisfy(error -> assertThat(error.evidence()).containsEntry("spec", "§8.3"));
        assertThat(errors.get(0).arguments()).containsExactly("false");
        assertThat(errors.get(1).arguments()).containsExactly("-");
        assertThat(errors.get(0).message(Locale.ENGLISH)).contains("Set AuthnRequestsSigned=\"true\"");
    }

    @Test
    void shouldRequireValidUntilOrCacheDuration() {
        // given
        byte[] neither = signed(xml -> xml.replaceFirst(" validUntil=\"[^\"]+\"", ""));

        // when / then
        assertThat(codes(errors(neither, request()))).containsExactly(FindingCode.METADATA_VALIDITY_MISSING);
    }

    @Test
    void shouldRefuseExpiredMetadataAndWarnWithinThirtyDays() {
        // given
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] expired = signed(template().withValidUntil(now.minus(Duration.ofDays(2))), UnaryOperator.identity());
        byte[] soon = signed(template().withValidUntil(now.plus(Duration.ofDays(10)).plusSeconds(60)), UnaryOperator.identity());

        // when
        List<Finding> expiredFindings = errors(expired, request());
        List<Finding> soonFindings = findings(soon, request());

        // then
        assertThat(codes(expiredFindings)).containsExactly(FindingCode.METADATA_VALID_UNTIL_PASSED);
        assertThat(expiredFindings.get(0).evidence()).containsEntry("validUntil", now.minus(Duration.ofDays(2)).toString());
        assertThat(soonFindings).filteredOn(Finding::isError).isEmpty();
        assertThat(soonFindings).filteredOn(f -> f.severity() == Severity.WARNING).extracting(Finding::code)
                .containsExactly(FindingCode.METADATA_VALID_UNTIL_SOON);
        assertThat(soonFindings).filteredOn(f -> f.code() == FindingCode.METADATA_VALID_UNTIL_SOON)
                .first().satisfies(f -> assertThat(f.arguments().get(1)).isEqualTo("10"));
    }

    @Test
    void shouldJudgeValidUntilAtTheRequestsInstant() {
        // given: valid for a year from now, judged two years on
        byte[] metadata = signed(UnaryOperator.identity());

        // when
        List<Finding> errors = errors(metadata, request().at(Instant.now().plus(Duration.ofDays(730))));

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_VALID_UNTIL_PASSED);
    }

    @Test
    void shouldAcceptCacheDurationInsteadOfValidUntil() {
        // given
        byte[] metadata = signed(template().withCacheDuration("P7D"), UnaryOperator.identity());

        // when
        List<Finding> findings = findings(metadata, request());

        // then
        assertThat(new String(metadata, StandardCharsets.UTF_8)).contains("cacheDuration=\"P7D\"").doesNotContain("validUntil");
        assertThat(findings).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void shouldRequireAnEncryptionKeyDescriptor() {
        // given
        byte[] metadata = signed(xml -> xml.replaceAll("\\s*<md:KeyDescriptor use=\"encryption\">.*?</md:KeyDescriptor>", ""));

        // when
        List<Finding> errors = errors(metadata, request());

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_ENCRYPTION_KEY_MISSING);
        assertThat(errors.get(0).message(new Locale("nl"))).contains("versleutelt het BSN");
    }

    @Test
    void shouldAcceptSeparateSigningAndEncryptionCertificatesAndTwoSigningCertificates() {
        // given: metadata signing certificate plus a TLS (or rollover) certificate, both use="signing", and an encryption one
        IssuedCertificate signer = TestResources.organisation();
        IssuedCertificate tls = TestResources.pki().organisationCertificate(OIN, TestResources.ORGANISATION);
        String unsigned = template().build(List.of(signer.certificate(), tls.certificate()),
                List.of(TestResources.encryption().certificate()));
        byte[] metadata = MetadataSigner.sign(unsigned, signer).getBytes(StandardCharsets.UTF_8);

        // when
        List<Finding> findings = findings(metadata, request());

        // then
        assertThat(unsigned.split("use=\"signing\"", -1)).hasSize(3);
        assertThat(findings).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void shouldRequireKeyNameAndX509DataInEveryKeyDescriptor() {
        // given
        byte[] withoutKeyName = signed(xml -> xml.replaceFirst("<ds:KeyName>[0-9a-f]+</ds:KeyName>", ""));
        byte[] withoutX509 = signed(xml -> xml.replaceFirst("(" + ENCRYPTION_KEY_DESCRIPTOR + "<ds:KeyInfo><ds:KeyName>[0-9a-f]+</ds:KeyName>)"
                + "<ds:X509Data>.*?</ds:X509Data>", "$1"));

        // when
        List<Finding> keyName = errors(withoutKeyName, request());
        List<Finding> x509 = errors(withoutX509, request());

        // then
        assertThat(codes(keyName)).containsExactly(FindingCode.METADATA_KEY_NAME_MISSING);
        assertThat(keyName.get(0).arguments()).containsExactly("signing", "1");
        assertThat(codes(x509)).containsExactly(FindingCode.METADATA_KEY_X509_DATA_MISSING);
        assertThat(x509.get(0).arguments()).containsExactly("encryption", "2");
    }

    @Test
    void shouldNameTheKeyByItsSha1ThumbprintInTheDemoMetadata() {
        // given
        String xml = SignedMetadataFixture.unsigned(template(), TestResources.organisation());

        // then
        assertThat(xml).contains("<ds:KeyName>" + DvMetadataTemplate.keyName(TestResources.organisation().certificate()) + "</ds:KeyName>");
        assertThat(DvMetadataTemplate.keyName(TestResources.organisation().certificate())).matches("[0-9a-f]{40}");
    }

    @Test
    void shouldRequireAnIndexOnEveryAssertionConsumerService() {
        // given
        byte[] metadata = signed(xml -> xml.replace(" index=\"0\" isDefault=\"true\"/>", "/>"));

        // when
        List<FindingCode> errors = codes(errors(metadata, request()));

        // then: the schema requires it too; the rule names what to do
        assertThat(errors).contains(FindingCode.METADATA_ACS_INDEX_MISSING)
                .containsOnly(FindingCode.METADATA_ACS_INDEX_MISSING, FindingCode.METADATA_SCHEMA_INVALID);
    }

    @Test
    void shouldRequireExactlyOneDefaultAmongSeveralAssertionConsumerServices() {
        // given
        byte[] noDefault = signed(xml -> xml.replace(" index=\"0\" isDefault=\"true\"/>", " index=\"0\"/>"
                + "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact\""
                + " Location=\"https://diensten.example.nl/saml/acs2\" index=\"1\"/>"));
        byte[] oneDefault = signed(xml -> xml.replace(" index=\"0\" isDefault=\"true\"/>", " index=\"0\" isDefault=\"true\"/>"
                + "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact\""
                + " Location=\"https://diensten.example.nl/saml/acs2\" index=\"1\"/>"));

        // when
        List<Finding> errors = errors(noDefault, request());

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_ACS_DEFAULT_NOT_ONE);
        assertThat(errors.get(0).arguments()).containsExactly("2", "0");
        assertThat(errors(oneDefault, request())).isEmpty();
    }

    @Test
    void shouldRequireTheArtifactBindingForAssertionConsumerServices() {
        // given
        byte[] metadata = signed(xml -> xml.replace("bindings:HTTP-Artifact", "bindings:HTTP-POST"));

        // when
        List<Finding> errors = errors(metadata, request());

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_ACS_BINDING_NOT_ARTIFACT);
        assertThat(errors.get(0).evidence()).containsEntry("binding", "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST")
                .containsEntry("spec", "§3.1.1");
    }

    @Test
    void shouldRequireASingleLogoutServiceWithHttpPost() {
        // given
        byte[] metadata = signed(template().withSingleLogout(), xml -> xml.replace(
                "SingleLogoutService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\"",
                "SingleLogoutService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\""));

        // when
        List<Finding> errors = errors(metadata, new MetadataCheckRequest(OIN, Environment.PREPRODUCTION, true, Set.of(),
                Optional.of(TestResources.organisation().certificate())));

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_SLO_BINDING_NOT_POST);
        assertThat(errors.get(0).arguments()).containsExactly("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect");
    }

    @Test
    void shouldRequireIndexNameAndServiceUuidInEveryAttributeConsumingService() {
        // given
        byte[] withoutName = signed(template().withServiceUuids(ISSUED_UUID),
                xml -> xml.replaceAll("\\s*<md:ServiceName[^>]*>[^<]*</md:ServiceName>", ""));
        byte[] withoutUuid = signed(template().withServiceUuids(ISSUED_UUID),
                xml -> xml.replace("Name=\"urn:nl-eid-gdi:1.0:ServiceUUID\"", "Name=\"urn:nl-eid-gdi:1.0:Other\""));
        byte[] withoutIndex = signed(template().withServiceUuids(ISSUED_UUID),
                xml -> xml.replace("<md:AttributeConsumingService index=\"0\">", "<md:AttributeConsumingService>"));

        // then: the schema requires a name and an index too; the rule names what to do
        assertThat(codes(errors(withoutName, request()))).contains(FindingCode.METADATA_ATTRIBUTE_SERVICE_NAME_MISSING)
                .containsOnly(FindingCode.METADATA_ATTRIBUTE_SERVICE_NAME_MISSING, FindingCode.METADATA_SCHEMA_INVALID);
        assertThat(codes(errors(withoutUuid, request()))).containsExactly(FindingCode.METADATA_ATTRIBUTE_SERVICE_UUID_ABSENT);
        assertThat(codes(errors(withoutIndex, request()))).contains(FindingCode.METADATA_ATTRIBUTE_SERVICE_INDEX_MISSING)
                .containsOnly(FindingCode.METADATA_ATTRIBUTE_SERVICE_INDEX_MISSING, FindingCode.METADATA_SCHEMA_INVALID);
    }

    @Test
    void shouldRequireExactlyOneDefaultAmongSeveralAttributeConsumingServices() {
        // given
        DvMetadataTemplate two = template().withServiceUuids(ISSUED_UUID, OTHER_UUID);
        byte[] noDefault = signed(two, xml -> xml.replace(" isDefault=\"true\">", ">"));

        // when
        List<Finding> errors = errors(noDefault, request());

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_ATTRIBUTE_SERVICE_DEFAULT_NOT_ONE);
        assertThat(errors(signed(two, UnaryOperator.identity()), request())).isEmpty();
    }

    @Test
    void shouldRefuseServiceUuidsThatAreNotStrictlyEightFourFourFourTwelveHex() {
        // given
        byte[] braces = signed(template().withServiceUuids("{" + ISSUED_UUID + "}"), UnaryOperator.identity());
        byte[] noDashes = signed(template().withServiceUuids(ISSUED_UUID.replace("-", "")), UnaryOperator.identity());
        byte[] notHex = signed(template().withServiceUuids(ISSUED_UUID.replace('a', 'g')), UnaryOperator.identity());

        // then
        assertThat(codes(errors(braces, request()))).containsExactly(FindingCode.METADATA_SERVICE_UUID_INVALID);
        assertThat(codes(errors(noDashes, request()))).containsExactly(FindingCode.METADATA_SERVICE_UUID_INVALID);
        assertThat(codes(errors(notHex, request()))).containsExactly(FindingCode.METADATA_SERVICE_UUID_INVALID);
    }

    @Test
    void shouldRequireTheIssuedServiceUuidsInMetadataModeOnly() {
        // given: production metadata without an AttributeConsumingService, once a UUID is issued
        byte[] withoutService = signed(DvMetadataTemplate.forOin(OIN, 1), UnaryOperator.identity());
        MetadataCheckRequest metadataMode = new MetadataCheckRequest(OIN, Environment.PRODUCTION, false, Set.of(ISSUED_UUID),
                Optional.of(TestResources.organisation().certificate()));

        // when
        List<Finding> inMetadataMode = errors(withoutService, metadataMode);
        List<Finding> inAuthnRequestMode = errors(withoutService, metadataMode.withServiceUuidMode(ServiceUuidMode.AUTHN_REQUEST));

        // then
        assertThat(codes(inMetadataMode)).containsExactly(FindingCode.METADATA_SERVICE_UUID_MISSING);
        assertThat(inMetadataMode.get(0).evidence()).containsEntry("serviceUuid", ISSUED_UUID);
        assertThat(inAuthnRequestMode).isEmpty();
    }

    @Test
    void shouldAllowOnlyIssuedServiceUuidsInAuthnRequestMode() {
        // given
        MetadataCheckRequest authnRequestMode = new MetadataCheckRequest(OIN, Environment.PRODUCTION, false, Set.of(ISSUED_UUID),
                Optional.of(TestResources.organisation().certificate())).withServiceUuidMode(ServiceUuidMode.AUTHN_REQUEST);

        // when
        List<Finding> other = errors(signed(DvMetadataTemplate.forOin(OIN, 1).withServiceUuids(OTHER_UUID), UnaryOperator.identity()),
                authnRequestMode);
        List<Finding> issued = errors(signed(DvMetadataTemplate.forOin(OIN, 1).withServiceUuids(ISSUED_UUID), UnaryOperator.identity()),
                authnRequestMode);

        // then
        assertThat(codes(other)).containsExactly(FindingCode.METADATA_SERVICE_UUID_NOT_ISSUED);
        assertThat(issued).isEmpty();
    }

    @Test
    void shouldRequireAFourDigitEntityIdIndex() {
        // given: entities:1 as older demo metadata had it
        byte[] metadata = signed(DvMetadataTemplate.forOin(OIN, 1), xml -> xml.replace(":entities:0001\"", ":entities:1\""));

        // when
        List<Finding> errors = errors(metadata, new MetadataCheckRequest(OIN, Environment.PRODUCTION, false, Set.of(),
                Optional.of(TestResources.organisation().certificate())));

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_ENTITY_ID_INDEX_NOT_FOUR_DIGITS);
        assertThat(errors.get(0).arguments()).containsExactly("1", "0001");
        assertThat(errors.get(0).evidence()).containsEntry("spec", "§10.2");
    }

    @Test
    void shouldOnlyNoteElementsTheSpecDoesNotList() {
        // given
        byte[] metadata = signed(xml -> xml.replace("    <md:AssertionConsumerService",
                "    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified</md:NameIDFormat>\n    <md:AssertionConsumerService"));

        // when
        List<Finding> findings = findings(metadata, request());

        // then
        assertThat(findings).filteredOn(Finding::isError).isEmpty();
        assertThat(findings).filteredOn(f -> f.code() == FindingCode.METADATA_ELEMENTS_NOT_IN_SPEC).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.arguments().get(0)).contains("NameIDFormat", "Organization");
                    assertThat(f.evidence()).containsEntry("spec", "§7.2");
                });
    }
}
