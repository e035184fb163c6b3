package nl.dictu.tvs.portal.trust.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.certificate.CertificateReader;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

class RealMetadataTest {

    private static final String TVS = "tvs-preprod-rd-metadata-2022.xml";
    private static final String DIGID = "digid-preprod-idp-metadata-2023.xml";

    private final MetadataCheck check = new MetadataCheck();

    @Test
    void shouldVerifyTvsMetadataAndReadItsEntityRoleOinAndCertificate() {
        // given
        byte[] metadata = TestResources.real(TVS);
        var tvsCertificate = new CertificateReader().read(TestResources.real("tvs-preprod-rd-2021.pem")).certificates().get(0);

        // when
        var verification = check.verify(metadata, Optional.of(tvsCertificate));

        // then
        assertThat(verification.findings()).isEmpty();
        VerifiedMetadata verified = verification.metadata().orElseThrow();
        assertThat(verified.entityId()).isEqualTo("urn:nl-eid-gdi:1.0:RD:00000004000000149000:entities:9002");
        assertThat(verified.parsedEntityId()).contains(new EntityId("RD", "00000004000000149000", 9002, "9002"));
        assertThat(verified.roleDescriptors()).containsExactly("IDPSSODescriptor");
        assertThat(CertificateFacts.oin(verified.signingCertificate())).contains("00000004000000149000");
        assertThat(CertificateFacts.subject(verified.signingCertificate())).contains("CN=preprod-tvs-rd.dictu.nl");
        assertThat(verified.endpoints()).extracting(Endpoint::location)
                .contains("https://pp2.toegang.overheid.nl/kvs/rd/request_authentication");
    }

    @Test
    void shouldVerifyDigidMetadataWithInclusiveNamespacePrefixList() {
        // given
        byte[] metadata = TestResources.real(DIGID);

        // when
        var verification = check.verify(metadata, Optional.empty());

        // then
        assertThat(verification.findings()).isEmpty();
        VerifiedMetadata verified = verification.metadata().orElseThrow();
        assertThat(verified.entityId()).isEqualTo("https://was-preprod1.digid.nl/saml/idp/metadata");
        assertThat(verified.roleDescriptors()).containsExactly("IDPSSODescriptor");
        assertThat(CertificateFacts.oin(verified.signingCertificate())).contains("00000004166909913000");
        assertThat(CertificateFacts.organisation(verified.signingCertificate())).contains("Logius");
    }

    @Test
    void shouldReportDvRulesButStillSummariseRealIdpMetadata() {
        // given
        var request = new MetadataCheckRequest("00000004000000149000", Environment.PREPRODUCTION, false,
                java.util.Set.of(), Optional.empty());

        // when
        var result = check.check(TestResources.real(TVS), request);

        // then
        assertThat(result.findings()).extracting(f -> f.code())
                .contains(FindingCode.METADATA_ENTITY_ID_ROLE_NOT_DV, FindingCode.METADATA_SP_DESCRIPTOR_MISSING,
                        FindingCode.METADATA_SUMMARY)
                .doesNotContain(FindingCode.METADATA_SIGNATURE_INVALID, FindingCode.METADATA_ENTITY_ID_OIN_MISMATCH);
        assertThat(result.summary().orElseThrow().role()).isEqualTo("RD");
        assertThat(result.summary().orElseThrow().certificateOin()).isEqualTo("00000004000000149000");
    }

    @ParameterizedTest
    @CsvSource({
            TVS + ", entities:9002, entities:9003",
            TVS + ", request_logout, request_logouT",
            TVS + ", index=\"0\", index=\"1\"",
            TVS + ", WantAuthnRequestsSigned=\"true\", WantAuthnRequestsSigned=\"1\"",
            DIGID + ", was-preprod1.digid.nl/saml/idp/metadata, was-preprod2.digid.nl/saml/idp/metadata",
            DIGID + ", HTTP-Redirect\" Location=\"https://preprod1, HTTP-Redirect\" Location=\"https://preprod2",
            DIGID + ", use=\"encryption\", use=\"encryptioN\""
    })
    void shouldRejectRealMetadataChangedByOneCharacter(String document, String original, String changed) {
        // given
        String text = new String(TestResources.real(document), StandardCharsets.UTF_8);
        assertThat(text).contains(original);
        byte[] tampered = text.replaceFirst(java.util.regex.Pattern.quote(original), changed).getBytes(StandardCharsets.UTF_8);

        // when
        var verification = check.verify(tampered, Optional.empty());

        // then
        assertThat(verification.metadata()).isEmpty();
        assertThat(verification.findings()).extracting(f -> f.code()).containsExactly(FindingCode.METADATA_SIGNATURE_INVALID);
    }
}
