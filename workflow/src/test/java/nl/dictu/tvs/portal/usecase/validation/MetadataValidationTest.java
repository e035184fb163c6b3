package nl.dictu.tvs.portal.usecase.validation;

import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.alb.InMemoryAlbRegister;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.oin.OinCheck;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;
import nl.dictu.tvs.portal.usecase.validation.MetadataValidationRequest.Upload;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import nl.dictu.tvs.portal.testbed.TestLimits;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataValidationTest {

    private static final String OIN = "00000099123456789000";
    private static final String OTHER_OIN = "00000099987654321000";
    private static final TestPki PKI = TestPki.generate();
    private static final IssuedCertificate CERTIFICATE = PKI.organisationCertificate(OIN, "Gemeente Voorbeeldstad");
    private static final IssuedCertificate ENCRYPTION = PKI.encryptionCertificate(OIN, "Gemeente Voorbeeldstad");
    private static final SignedInUser ANNE = new SignedInUser("anne", "Anne", Set.of(Role.APPLICANT_NAME),
            "Gemeente Voorbeeldstad", OIN, null);
    private static final SignedInUser REVIEWER = new SignedInUser("rita", "Rita", Set.of(Role.REVIEWER_NAME), null, null, null);

    private final Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
    // an ALB register without the organisation: its "not on the list" must not reach the validator's findings
    private final MetadataValidation validation = new MetadataValidation(new TrustCheck(new OinCheck(true),
            Optional.of(new CertificateCheck(TrustAnchors.of(List.of(PKI.root())))), new MetadataCheck(),
            Optional.of(new AlbCheck(new InMemoryAlbRegister(List.of()))), clock), clock,
            TestLimits.limiter(TestLimits.freshDatabase(), clock));

    private static Upload metadata(String oin, int index) {
        String xml = MetadataSigner.sign(DvMetadataTemplate.forOin(oin, index).build(CERTIFICATE.certificate(), ENCRYPTION.certificate()), CERTIFICATE);
        return new Upload("metadata.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Upload certificate() {
        return new Upload("certificaat.pem",
                PemWriter.toPem(CERTIFICATE.certificate(), PKI.intermediate()).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void shouldFindNoErrorInGoodMetadataWithItsCertificate() {
        // when
        MetadataValidationResult result = validation.validate(ANNE, new MetadataValidationRequest(OIN,
                Environment.PREPRODUCTION, false, metadata(OIN, 9001), Optional.of(certificate())));

        // then
        assertThat(result.hasErrors()).as("%s", result.findings()).isFalse();
        assertThat(result.checkedAt()).isEqualTo(clock.instant());
        assertThat(result.findings()).extracting(Finding::code)
                .contains(FindingCode.METADATA_SUMMARY, FindingCode.CERTIFICATE_SUMMARY)
                .noneMatch(code -> code.name().startsWith("ALB_"));
    }

    @Test
    void shouldSayTheMetadataIsAnotherOinsForTheOinChosenByStaff() {
        // when: a reviewer checks an organisation's metadata against that organisation's OIN
        MetadataValidationResult result = validation.validate(REVIEWER, new MetadataValidationRequest(OTHER_OIN,
                Environment.PREPRODUCTION, false, metadata(OIN, 9001), Optional.empty()));

        // then
        assertThat(result.errorCount()).isPositive();
        assertThat(result.findings()).filteredOn(f -> f.code() == FindingCode.METADATA_ENTITY_ID_OIN_MISMATCH)
                .extracting(Finding::arguments).containsExactly(List.of(OIN, OTHER_OIN));
    }

    @Test
    void shouldJudgeTheEntityIdIndexByTheChosenEnvironment() {
        // when
        MetadataValidationResult result = validation.validate(ANNE, new MetadataValidationRequest(OIN,
                Environment.PRODUCTION, false, metadata(OIN, 9001), Optional.empty()));

        // then
        assertThat(result.findings()).extracting(Finding::code).contains(FindingCode.METADATA_ENTITY_ID_INDEX_OUT_OF_RANGE);
    }

    @Test
    void shouldRefuseUploadsThatAreNotWhatTheyShouldBeBeforeParsingThem() {
        // given
        Upload notXml = new Upload("metadata.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        Upload notACertificate = new Upload("cert.txt", "hallo".getBytes(StandardCharsets.US_ASCII));
        Upload tooLarge = new Upload("groot.xml", new byte[1024 * 1024 + 1]);

        // then
        assertThatThrownBy(() -> validation.validate(ANNE, new MetadataValidationRequest(OIN, Environment.PREPRODUCTION,
                false, notXml, Optional.empty()))).isInstanceOf(InvalidApplicationException.class)
                .extracting(e -> ((InvalidApplicationException) e).messageKey()).isEqualTo("upload.wrongType.METADATA");
        assertThatThrownBy(() -> validation.validate(ANNE, new MetadataValidationRequest(OIN, Environment.PREPRODUCTION,
                false, metadata(OIN, 9001), Optional.of(notACertificate)))).isInstanceOf(InvalidApplicationException.class)
                .extracting(e -> ((InvalidApplicationException) e).messageKey()).isEqualTo("upload.wrongType.CERTIFICATE");
        assertThatThrownBy(() -> validation.validate(ANNE, new MetadataValidationRequest(OIN, Environment.PREPRODUCTION,
                false, tooLarge, Optional.empty()))).isInstanceOf(InvalidApplicationException.class)
                .extracting(e -> ((InvalidApplicationException) e).messageKey()).isEqualTo("upload.tooLarge");
        assertThatThrownBy(() -> validation.validate(ANNE, new MetadataValidationRequest(OIN, Environment.PREPRODUCTION,
                false, new Upload("leeg.xml", new byte[0]), Optional.empty()))).isInstanceOf(InvalidApplicationException.class)
                .extracting(e -> ((InvalidApplicationException) e).messageKey()).isEqualTo("metadataCheck.metadataRequired");
    }

    @Test
    void shouldRefuseWhenNobodyIsSignedIn() {
        assertThatThrownBy(() -> validation.validate(null, new MetadataValidationRequest(OIN, Environment.PREPRODUCTION,
                false, metadata(OIN, 9001), Optional.empty()))).isInstanceOf(AccessRefusedException.class);
    }
}
