package nl.dictu.tvs.portal.trust.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;

/**
 * One test per DV metadata rule: each document is correctly signed, so the rule's own finding is the only
 * error (besides a schema error where the SAML schema forbids the same thing).
 */
class DvMetadataRulesTest {

    private static final String OIN = TestResources.OIN;
    private static final String ISSUED_UUID = "6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    private static final String OTHER_UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private final MetadataCheck check = new MetadataCheck();

    private static byte[] signed(DvMetadataTemplate template, UnaryOperator<String> change) {
        IssuedCertificate signer = TestResources.organisation();
        return MetadataSigner.sign(change.apply(SignedMetadataFixture.unsigned(template, signer)), signer).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] signed(DvMetadataTemplate template) {
        return signed(template, UnaryOperator.identity());
    }

    private static MetadataCheckRequest request(Environment environment, boolean eenmaligInloggen, Set<String> issued) {
        return new MetadataCheckRequest(OIN, environment, eenmaligInloggen, issued, Optional.of(TestResources.organisation().certificate()));
    }

    private List<Finding> errors(byte[] metadata, MetadataCheckRequest request) {
        return check.check(metadata, request).findings().stream().filter(Finding::isError).toList();
    }

    private static List<FindingCode> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void shouldRefuseAnEntityIdThatIsNotTheDvForm() {
        // given
        byte[] metadata = signed(DvMetadataTemplate.forOin(OIN, 9001), xml -> xml.replace(
                "entityID=\"urn:nl-eid-gdi:1.0:DV:" + OIN + ":entities:9001\"", "entityID=\"https://diensten.example.nl/saml\""));

        // when
        List<Finding> errors = errors(metadata, request(Environment.PREPRODUCTION, false, Set.of()));

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_ENTITY_ID_INVALID);
        assertThat(errors.get(0).evidence()).containsEntry("entityID", "https://diensten.example.nl/saml");
        assertThat(errors.get(0).message(Locale.ENGLISH)).contains("https://diensten.example.nl/saml");
    }

    @Test
    void shouldRefuseAnEntityIdWithAnotherRoleThanDv() {
        byte[] metadata = signed(DvMetadataTemplate.forOin(OIN, 9001), xml -> xml.replace(":1.0:DV:", ":1.0:RD:"));

        assertThat(codes(errors(metadata, request(Environment.PREPRODUCTION, false, Set.of()))))
                .containsExactly(FindingCode.METADATA_ENTITY_ID_ROLE_NOT_DV);
    }

    @Test
    void shouldRefuseAnEntityIdWithAnotherOrganisationsOin() {
        // given
        String otherOin = "00000001001589623000";
        byte[] metadata = signed(DvMetadataTemplate.forOin(otherOin, 9001));

        // when
        List<Finding> errors = errors(metadata, request(Environment.PREPRODUCTION, false, Set.of()));

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_ENTITY_ID_OIN_MISMATCH);
        assertThat(errors.get(0).arguments()).containsExactly(otherOin, OIN);
    }

    @Test
    void shouldRefuseAnIndexOutsideTheEnvironmentsRangeAndAcceptItsEdges() {
        // when
        List<Finding> productionIndexInPreproduction = errors(signed(DvMetadataTemplate.forOin(OIN, 8999)),
                request(Environment.PREPRODUCTION, false, Set.of()));
        List<Finding> preproductionIndexInProduction = errors(signed(DvMetadataTemplate.forOin(OIN, 9000)),
                request(Environment.PRODUCTION, false, Set.of()));

        // then
        assertThat(codes(productionIndexInPreproduction)).containsExactly(FindingCode.METADATA_ENTITY_ID_INDEX_OUT_OF_RANGE);
        assertThat(productionIndexInPreproduction.get(0).arguments()).containsExactly("8999", "9000-9999");
        assertThat(codes(preproductionIndexInProduction)).containsExactly(FindingCode.METADATA_ENTITY_ID_INDEX_OUT_OF_RANGE);
        assertThat(preproductionIndexInProduction.get(0).arguments()).containsExactly("9000", "0000-8999");
        assertThat(errors(signed(DvMetadataTemplate.forOin(OIN, 9000)), request(Environment.PREPRODUCTION, false, Set.of()))).isEmpty();
        assertThat(errors(signed(DvMetadataTemplate.forOin(OIN, 9999)), request(Environment.PREPRODUCTION, false, Set.of()))).isEmpty();
        assertThat(errors(signed(DvMetadataTemplate.forOin(OIN, 0)), request(Environment.PRODUCTION, false, Set.of()))).isEmpty();
        assertThat(errors(signed(DvMetadataTemplate.forOin(OIN, 8999)), request(Environment.PRODUCTION, false, Set.of()))).isEmpty();
    }

    @Test
    void shouldRefuseEveryEndpointThatIsNotHttps() {
        // given
        byte[] metadata = signed(DvMetadataTemplate.forOin(OIN, 9001).withSingleLogout().withBaseUrl("http://diensten.example.nl"));

        // when
        List<Finding> errors = errors(metadata, request(Environment.PREPRODUCTION, true, Set.of()));

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_ENDPOINT_NOT_HTTPS, FindingCode.METADATA_ENDPOINT_NOT_HTTPS);
        assertThat(errors).extracting(f -> f.evidence().get("endpoint"))
                .containsExactlyInAnyOrder("SingleLogoutService", "AssertionConsumerService");
        assertThat(errors).extracting(f -> f.evidence().get("location")).allMatch(l -> l.startsWith("http://"));
    }

    @Test
    void shouldVerifyTheCharactersOfTheFileNotTheSchemaNormalisedValues() {
        // given: whitespace the schema's anyURI types collapse, in an attribute and in element content
        byte[] metadata = signed(DvMetadataTemplate.forOin(OIN, 9001).withSingleLogout(),
                xml -> xml.replace("protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"",
                                "protocolSupportEnumeration=\"  urn:oasis:names:tc:SAML:2.0:protocol\n \"")
                        .replace("<md:OrganizationURL xml:lang=\"nl\">", "<md:OrganizationURL xml:lang=\"nl\">\n    "));

        // when
        List<Finding> findings = check.check(metadata, request(Environment.PREPRODUCTION, true, Set.of())).findings();

        // then: the schema validator, which runs while parsing, left the signed characters as they were
        assertThat(findings).filteredOn(Finding::isError).isEmpty();
        assertThat(codes(findings)).contains(FindingCode.METADATA_SUMMARY);
    }

    @Test
    void shouldRefuseAServiceProviderWithoutAssertionConsumerService() {
        // given
        byte[] metadata = signed(DvMetadataTemplate.forOin(OIN, 9001).withSingleLogout(),
                xml -> xml.replaceAll("\\s*<md:AssertionConsumerService[^>]*/>", ""));

        // when
        List<FindingCode> errors = codes(errors(metadata, request(Environment.PREPRODUCTION, true, Set.of())));

        // then: the schema also requires one, but the rule names what to do
        assertThat(errors).contains(FindingCode.METADATA_ACS_MISSING)
                .containsOnly(FindingCode.METADATA_ACS_MISSING, FindingCode.METADATA_SCHEMA_INVALID);
    }

    @Test
    void shouldRequireASingleLogoutServiceOnlyForEenmaligInloggen() {
        // given
        byte[] withoutLogout = signed(DvMetadataTemplate.forOin(OIN, 9001));

        // when / then
        assertThat(codes(errors(withoutLogout, request(Environment.PREPRODUCTION, true, Set.of()))))
                .containsExactly(FindingCode.METADATA_SLO_MISSING);
        assertThat(errors(withoutLogout, request(Environment.PREPRODUCTION, false, Set.of()))).isEmpty();
    }

    @Test
    void shouldRefuseAMalformedServiceUuid() {
        // given
        byte[] metadata = signed(DvMetadataTemplate.forOin(OIN, 9001).withServiceUuids("6f1a2b3c-4d5e-4f60-8a7b"));

        // when
        List<Finding> errors = errors(metadata, request(Environment.PREPRODUCTION, false, Set.of()));

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_SERVICE_UUID_INVALID);
        assertThat(errors.get(0).evidence()).containsEntry("serviceUuid", "6f1a2b3c-4d5e-4f60-8a7b");
    }

    @Test
    void shouldRefuseServiceUuidsThatDifferFromTheIssuedOnes() {
        // given
        byte[] metadata = signed(DvMetadataTemplate.forOin(OIN, 1).withServiceUuids(OTHER_UUID));

        // when
        List<Finding> errors = errors(metadata, request(Environment.PRODUCTION, false, Set.of(ISSUED_UUID)));

        // then
        assertThat(codes(errors)).containsExactly(FindingCode.METADATA_SERVICE_UUID_NOT_ISSUED, FindingCode.METADATA_SERVICE_UUID_MISSING);
        assertThat(errors).extracting(f -> f.evidence().get("serviceUuid")).containsExactly(OTHER_UUID, ISSUED_UUID);
        assertThat(errors(signed(DvMetadataTemplate.forOin(OIN, 1).withServiceUuids(ISSUED_UUID.toUpperCase(Locale.ROOT))),
                request(Environment.PRODUCTION, false, Set.of(ISSUED_UUID)))).isEmpty();
    }

    @Test
    void shouldRefuseTheSameCertificateForPreproductionAndProduction() {
        // given
        IssuedCertificate preproduction = TestResources.organisation();
        IssuedCertificate production = TestResources.pki().organisationCertificate(OIN, TestResources.ORGANISATION);

        // when
        Optional<Finding> reused = EnvironmentCertificates.check(preproduction.certificate(), preproduction.certificate());
        Optional<Finding> distinct = EnvironmentCertificates.check(preproduction.certificate(), production.certificate());

        // then
        assertThat(reused).map(Finding::code).contains(FindingCode.METADATA_CERTIFICATE_REUSED_ACROSS_ENVIRONMENTS);
        assertThat(reused.orElseThrow().evidence()).containsKeys("preproductionSha256", "productionSha256");
        assertThat(distinct).isEmpty();
    }
}
