package nl.dictu.tvs.portal.trust.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.finding.Severity;
import nl.dictu.tvs.portal.trust.testpki.ClusterMember;
import nl.dictu.tvs.portal.trust.testpki.ClusterMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

/**
 * Cluster metadata of a Leverancier Clusteraansluiting (§8.4, tvs-rules.md M10): accepted when the supplier signs the
 * EntitiesDescriptor as a whole; refused with a DV certificate of another OIN, a signature by a DV's key, or a
 * wrapper that is not signed as a whole. Findings about an entity name it.
 */
class ClusterMetadataTest {

    private static final String SUPPLIER_OIN = TestResources.OIN;
    private static final ClusterMember FIRST = ClusterMember.demo(1);
    private static final ClusterMember SECOND = ClusterMember.demo(2);
    private static final Map<String, IssuedCertificate> ENCRYPTION = new LinkedHashMap<>();

    private final MetadataCheck check = new MetadataCheck();
    private final CertificateCheck certificates = new CertificateCheck(TrustAnchors.of(List.of(TestResources.pki().root()))
            .withIntermediates(List.of(TestResources.pki().intermediate())));

    private static synchronized IssuedCertificate encryption(ClusterMember member) {
        return ENCRYPTION.computeIfAbsent(member.oin(),
                oin -> TestResources.pki().encryptionCertificate(oin, member.organisation()));
    }

    private static ClusterMetadataTemplate template() {
        return ClusterMetadataTemplate.forSupplier(SUPPLIER_OIN, 9001, List.of(FIRST, SECOND));
    }

    private static Map<String, X509Certificate> certificates(X509Certificate first, X509Certificate second) {
        Map<String, X509Certificate> certificates = new LinkedHashMap<>();
        certificates.put(FIRST.oin(), first);
        certificates.put(SECOND.oin(), second);
        return certificates;
    }

    private static String unsigned() {
        return template().build(List.of(TestResources.organisation().certificate()),
                certificates(encryption(FIRST).certificate(), encryption(SECOND).certificate()));
    }

    private static byte[] signed(UnaryOperator<String> change) {
        return MetadataSigner.sign(change.apply(unsigned()), TestResources.organisation()).getBytes(StandardCharsets.UTF_8);
    }

    private static MetadataCheckRequest request() {
        return new MetadataCheckRequest(SUPPLIER_OIN, Environment.PREPRODUCTION, false, Set.of(),
                Optional.of(TestResources.organisation().certificate()));
    }

    /** The full check: the cluster rules and every certificate each entity lists. */
    private MetadataCheckResult result(byte[] metadata) {
        return check.check(metadata, request(), certificates, Instant.now());
    }

    private static List<Finding> errors(MetadataCheckResult result) {
        return result.findings().stream().filter(Finding::isError).toList();
    }

    @Test
    void shouldAcceptClusterMetadataWithTwoServiceProvidersSignedByTheSupplier() {
        // when
        MetadataCheckResult result = result(signed(UnaryOperator.identity()));

        // then
        assertThat(result.findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(result.findings()).filteredOn(f -> f.code() == FindingCode.METADATA_CLUSTER_SUMMARY).singleElement()
                .satisfies(summary -> {
                    assertThat(summary.arguments()).containsExactly(template().supplierEntityId(), "2");
                    assertThat(summary.evidence()).containsValues(template().memberEntityId(FIRST), template().memberEntityId(SECOND));
                });
        assertThat(result.summary().orElseThrow().entityId()).isEqualTo("urn:nl-eid-gdi:1.0:LC:" + SUPPLIER_OIN + ":entities:9001");
    }

    @Test
    void shouldAcceptTheClusterThatTestPkiMakes() {
        // given
        var credentials = TestResources.pki().clusterCredentials(SUPPLIER_OIN, TestResources.ORGANISATION, 1,
                List.of(FIRST, SECOND), true);

        // when
        MetadataCheckResult result = check.check(credentials.signedMetadata().getBytes(StandardCharsets.UTF_8),
                new MetadataCheckRequest(SUPPLIER_OIN, Environment.PRODUCTION, true, Set.of(),
                        Optional.of(credentials.supplierCertificate().certificate())));

        // then
        assertThat(errors(result)).isEmpty();
        assertThat(credentials.memberEncryption()).containsOnlyKeys(FIRST.oin(), SECOND.oin());
    }

    @Test
    void shouldRefuseAServiceProviderWhoseCertificateCarriesAnotherOin() {
        // given: the second organisation's entity lists the first organisation's encryption certificate
        String unsigned = template().build(List.of(TestResources.organisation().certificate()),
                certificates(encryption(FIRST).certificate(), encryption(FIRST).certificate()));
        byte[] metadata = MetadataSigner.sign(unsigned, TestResources.organisation()).getBytes(StandardCharsets.UTF_8);

        // when
        List<Finding> errors = errors(result(metadata));

        // then
        assertThat(errors).extracting(Finding::code).containsExactly(FindingCode.METADATA_CLUSTER_DV_CERTIFICATE_OIN_MISMATCH);
        assertThat(errors.get(0).arguments()).containsExactly(template().memberEntityId(SECOND), FIRST.oin(), SECOND.oin());
        assertThat(errors.get(0).evidence()).containsEntry("entityID", template().memberEntityId(SECOND)).containsEntry("spec", "§8.4.3");
    }

    @Test
    void shouldRefuseAnEntitiesDescriptorSignedByAServiceProvidersKey() {
        // given
        byte[] withKeyInfo = MetadataSigner.sign(unsigned(), encryption(FIRST)).getBytes(StandardCharsets.UTF_8);
        byte[] bareKeyInfo = MetadataSigner.sign(unsigned(), encryption(FIRST).privateKey(), null).getBytes(StandardCharsets.UTF_8);

        // when
        MetadataCheckResult named = result(withKeyInfo);
        MetadataCheckResult bare = result(bareKeyInfo);

        // then: only the supplier's signing certificates may verify it
        assertThat(named.summary()).isEmpty();
        assertThat(named.findings()).extracting(Finding::code).containsExactly(FindingCode.METADATA_KEYINFO_CERTIFICATE_MISMATCH);
        assertThat(bare.summary()).isEmpty();
        assertThat(bare.findings()).extracting(Finding::code).containsExactly(FindingCode.METADATA_SIGNATURE_INVALID);
    }

    @Test
    void shouldRefuseAWrapperThatIsNotSignedAsAWhole() {
        // given: a signed DV EntityDescriptor placed in an unsigned LC wrapper beside the supplier's entity
        String signedDv = SignedMetadataFixture.body(SignedMetadataFixture.signed());
        String wrapper = unsigned();
        int firstEntityEnd = wrapper.indexOf("</md:EntityDescriptor>") + "</md:EntityDescriptor>".length();
        String hostile = wrapper.substring(0, firstEntityEnd) + "\n" + signedDv + "</md:EntitiesDescriptor>\n";

        // when
        MetadataCheckResult result = result(hostile.getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(result.summary()).isEmpty();
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.METADATA_ROOT_IS_ENTITIES_DESCRIPTOR);
    }

    @Test
    void shouldRefuseASecondSignatureOnAnEntityInsideASignedCluster() {
        // given: the cluster signed as a whole, and one DV entity signed on its own inside it
        String signedDv = SignedMetadataFixture.body(SignedMetadataFixture.signed()).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "");
        byte[] metadata = signed(xml -> xml.replace("</md:EntitiesDescriptor>", signedDv + "</md:EntitiesDescriptor>"));

        // when
        MetadataCheckResult result = result(metadata);

        // then
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.METADATA_SIGNATURE_MULTIPLE);
    }

    @Test
    void shouldRefuseAnEntityNestedBelowAClusterMember() {
        // given
        byte[] metadata = signed(xml -> xml.replaceFirst("(<md:EntityDescriptor ID=\"[^\"]+\" entityID=\"urn:nl-eid-gdi:1.0:DV:[^\"]+\">)",
                "$1<md:Extensions><md:EntityDescriptor entityID=\"urn:x\"/></md:Extensions>"));

        // when / then
        assertThat(result(metadata).findings()).extracting(Finding::code).containsExactly(FindingCode.METADATA_NESTED_ENTITY_DESCRIPTOR);
    }

    @Test
    void shouldRefuseAClusterWithoutTheSuppliersEntity() {
        // given
        byte[] metadata = signed(xml -> xml.replace(":1.0:LC:", ":1.0:DV:"));

        // when / then
        assertThat(result(metadata).findings()).extracting(Finding::code).containsExactly(FindingCode.METADATA_CLUSTER_LC_MISSING);
    }

    @Test
    void shouldReportEachEntitysOwnProblemsWithItsEntityId() {
        // given: the second DV without its encryption certificate and with two ACS; the supplier of another OIN
        String secondId = template().memberEntityId(SECOND);
        byte[] metadata = signed(xml -> {
            int start = xml.indexOf("entityID=\"" + secondId + "\"");
            String before = xml.substring(0, start);
            String after = xml.substring(start)
                    .replaceFirst("\\s*<md:KeyDescriptor use=\"encryption\">.*?</md:KeyDescriptor>", "")
                    .replaceFirst("(<md:AssertionConsumerService[^>]*/>)", "$1$1");
            return before + after;
        });
        MetadataCheckRequest otherSupplier = new MetadataCheckRequest("00000001001589623000", Environment.PREPRODUCTION, false,
                Set.of(), Optional.of(TestResources.organisation().certificate()));

        // when
        List<Finding> errors = errors(check.check(metadata, otherSupplier, certificates, Instant.now()));

        // then: the supplier's entityID and its signing certificate carry another OIN than the supplier's
        assertThat(errors).extracting(Finding::code).containsExactlyInAnyOrder(FindingCode.METADATA_ENTITY_ID_OIN_MISMATCH,
                FindingCode.METADATA_CERTIFICATE_OIN_MISMATCH, FindingCode.METADATA_KEY_DESCRIPTOR_COUNT,
                FindingCode.METADATA_CLUSTER_DV_ACS_NOT_ONE);
        assertThat(errors).filteredOn(f -> f.code() == FindingCode.METADATA_ENTITY_ID_OIN_MISMATCH
                        || f.code() == FindingCode.METADATA_CERTIFICATE_OIN_MISMATCH)
                .allSatisfy(f -> assertThat(f.evidence()).containsEntry("entityID", template().supplierEntityId()));
        assertThat(errors).filteredOn(f -> f.code() == FindingCode.METADATA_KEY_DESCRIPTOR_COUNT
                        || f.code() == FindingCode.METADATA_CLUSTER_DV_ACS_NOT_ONE)
                .allSatisfy(f -> assertThat(f.evidence()).containsEntry("entityID", secondId));
    }

    @Test
    void shouldRequireValidityOnTheEntitiesDescriptor() {
        // given
        byte[] metadata = signed(xml -> xml.replaceFirst(" validUntil=\"[^\"]+\"", ""));

        // when / then
        assertThat(errors(result(metadata))).extracting(Finding::code).containsExactly(FindingCode.METADATA_VALIDITY_MISSING);
    }

    @Test
    void shouldCheckEveryCertificateOfEveryServiceProviderLikeAnUploadedOne() {
        // given: the first organisation's certificate from a root nobody configured, the second's a signing-only one
        IssuedCertificate rogue = TestPki.generate("Rogue").encryptionCertificate(FIRST.oin(), FIRST.organisation());
        IssuedCertificate signingOnly = TestResources.pki().organisationCertificate(SECOND.oin(), SECOND.organisation());
        String unsigned = template().build(List.of(TestResources.organisation().certificate()),
                certificates(rogue.certificate(), signingOnly.certificate()));
        byte[] metadata = MetadataSigner.sign(unsigned, TestResources.organisation()).getBytes(StandardCharsets.UTF_8);

        // when
        List<Finding> errors = errors(result(metadata));

        // then
        assertThat(errors).extracting(Finding::code).containsExactlyInAnyOrder(FindingCode.METADATA_CERTIFICATE_CHAIN_UNTRUSTED,
                FindingCode.METADATA_CERTIFICATE_KEY_ENCIPHERMENT_MISSING);
        assertThat(errors).filteredOn(f -> f.code() == FindingCode.METADATA_CERTIFICATE_CHAIN_UNTRUSTED).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("entityID", template().memberEntityId(FIRST)));
        assertThat(errors).filteredOn(f -> f.code() == FindingCode.METADATA_CERTIFICATE_KEY_ENCIPHERMENT_MISSING).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("entityID", template().memberEntityId(SECOND)));
    }

    private static final String A = "11111111-1111-4111-8111-111111111111";
    private static final String B = "22222222-2222-4222-8222-222222222222";
    private static final String C = "33333333-3333-4333-8333-333333333333";
    private static final String OWN = "44444444-4444-4444-8444-444444444444";

    /** Cluster metadata whose member entities list these ServiceUUIDs, checked against A and B issued to the first member,
     * C to the second and OWN to the supplier itself. */
    private MetadataCheckResult withServiceUuids(Map<String, List<String>> listed, ServiceUuidMode mode) {
        String unsigned = template().withMemberServiceUuids(listed).build(List.of(TestResources.organisation().certificate()),
                certificates(encryption(FIRST).certificate(), encryption(SECOND).certificate()));
        byte[] metadata = MetadataSigner.sign(unsigned, TestResources.organisation()).getBytes(StandardCharsets.UTF_8);
        MetadataCheckRequest request = new MetadataCheckRequest(SUPPLIER_OIN, Environment.PREPRODUCTION, false, Set.of(OWN),
                Optional.of(TestResources.organisation().certificate()), mode, Instant.now(),
                Map.of(FIRST.oin(), Set.of(A, B), SECOND.oin(), Set.of(C)));
        return check.check(metadata, request, certificates, Instant.now());
    }

    @Test
    void shouldAcceptEachServedOrganisationListingExactlyItsOwnIssuedServiceUuids() {
        // when
        MetadataCheckResult result = withServiceUuids(Map.of(FIRST.oin(), List.of(B, A), SECOND.oin(), List.of(C)),
                ServiceUuidMode.METADATA);

        // then
        assertThat(errors(result)).isEmpty();
    }

    @Test
    void shouldRefuseAServedOrganisationsEntityThatMissesItsOwnOrListsAnothersServiceUuid() {
        // when: the first lacks B, the second lists the first's B and the supplier's own
        MetadataCheckResult result = withServiceUuids(Map.of(FIRST.oin(), List.of(A), SECOND.oin(), List.of(C, B, OWN)),
                ServiceUuidMode.METADATA);

        // then
        assertThat(errors(result)).extracting(Finding::code).containsExactlyInAnyOrder(
                FindingCode.METADATA_CLUSTER_DV_SERVICE_UUID_MISSING, FindingCode.METADATA_CLUSTER_DV_SERVICE_UUID_FOREIGN,
                FindingCode.METADATA_CLUSTER_DV_SERVICE_UUID_FOREIGN);
        assertThat(errors(result)).filteredOn(f -> f.code() == FindingCode.METADATA_CLUSTER_DV_SERVICE_UUID_MISSING).singleElement()
                .satisfies(missing -> {
                    assertThat(missing.arguments()).containsExactly(B, FIRST.oin());
                    assertThat(missing.evidence()).containsEntry("entityID", template().memberEntityId(FIRST))
                            .containsEntry("spec", "§7.3.1.1");
                });
        assertThat(errors(result)).filteredOn(f -> f.code() == FindingCode.METADATA_CLUSTER_DV_SERVICE_UUID_FOREIGN)
                .extracting(f -> f.evidence().get("issuedTo")).containsExactlyInAnyOrder(FIRST.oin(), SUPPLIER_OIN);
        assertThat(errors(result)).filteredOn(f -> f.code() == FindingCode.METADATA_CLUSTER_DV_SERVICE_UUID_FOREIGN)
                .allSatisfy(foreign -> assertThat(foreign.evidence()).containsEntry("entityID", template().memberEntityId(SECOND))
                        .containsEntry("spec", "§8.4.3"));
    }

    @Test
    void shouldLetAServedOrganisationInAuthnRequestModeLeaveItsServiceUuidsOutButListNoneNotIssued() {
        // when
        String stranger = "55555555-5555-4555-8555-555555555555";
        MetadataCheckResult result = withServiceUuids(Map.of(SECOND.oin(), List.of(stranger)), ServiceUuidMode.AUTHN_REQUEST);

        // then
        assertThat(errors(result)).singleElement().satisfies(notIssued -> {
            assertThat(notIssued.code()).isEqualTo(FindingCode.METADATA_CLUSTER_DV_SERVICE_UUID_NOT_ISSUED);
            assertThat(notIssued.arguments()).containsExactly(stranger, SECOND.oin());
        });
    }
}
