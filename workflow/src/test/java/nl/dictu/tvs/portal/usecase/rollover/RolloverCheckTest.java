package nl.dictu.tvs.portal.usecase.rollover;

import nl.dictu.tvs.portal.domain.connection.RolloverUse;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.metadata.MetadataExpiries;
import nl.dictu.tvs.portal.trust.testpki.CertificateProfile;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RolloverCheckTest {

    private static final String OIN = "00000099123456789000";
    private static final String OTHER_OIN = "00000099987654321000";
    private static final TestPki PKI = TestResources.pki();
    private static final Instant NOW = Instant.now();
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, WorkingDays.ZONE);
    private static final IssuedCertificate CURRENT = PKI.organisationCertificate(OIN, "Gemeente Voorbeeldstad");
    /** Valid from ten days ahead: the first whole day it is valid is eleven days ahead. */
    private static final IssuedCertificate NEXT = PKI.issue(CertificateProfile.pkioverheid(OIN, "Gemeente Voorbeeldstad")
            .withValidity(NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(400))));
    private static final IssuedCertificate ENCRYPTION = PKI.encryptionCertificate(OIN, "Gemeente Voorbeeldstad");
    private static final Set<String> CURRENT_LABELS = Set.of(MetadataExpiries.label(CURRENT.certificate()));

    private final RolloverCheck check = new RolloverCheck(new CertificateCheck(TrustAnchors.of(List.of(PKI.root()))
            .withIntermediates(List.of(PKI.intermediate()))), new MetadataCheck());

    private static byte[] metadata(IssuedCertificate... signing) {
        return MetadataSigner.sign(DvMetadataTemplate.forOin(OIN, 1).build(
                        List.of(signing).stream().map(IssuedCertificate::certificate).toList(), List.of(ENCRYPTION.certificate())),
                signing[0]).getBytes(StandardCharsets.UTF_8);
    }

    private static RolloverRequest request(IssuedCertificate next, byte[] metadata, LocalDate activation) {
        return new RolloverRequest(RolloverUse.SIGNING, PemWriter.toPem(next.certificate()).getBytes(StandardCharsets.US_ASCII),
                metadata, activation);
    }

    private CheckedRollover run(RolloverRequest request) {
        return check.check(request, OIN, Environment.PRODUCTION, CURRENT_LABELS, TODAY, NOW);
    }

    private List<ActionRefusedException> refusals(RolloverRequest request) {
        try {
            run(request);
        } catch (ActionRefusedException e) {
            return e.all();
        }
        throw new AssertionError("The rollover was accepted");
    }

    @Test
    void shouldAcceptANextCertificateListedBesideTheCurrentOneFromItsFirstWholeValidDay() {
        CheckedRollover checked = run(request(NEXT, metadata(CURRENT, NEXT), TODAY.plusDays(11)));

        assertThat(checked.next()).isEqualTo(NEXT.certificate());
        assertThat(checked.current()).isEqualTo(CURRENT.certificate());
    }

    @Test
    void shouldRefuseANextCertificateOfAnotherOinAtTheCertificateField() {
        IssuedCertificate foreign = PKI.organisationCertificate(OTHER_OIN, "Gemeente Buurdorp");

        assertThat(refusals(request(foreign, metadata(CURRENT, foreign), TODAY.plusDays(1))))
                .extracting(ActionRefusedException::field, ActionRefusedException::messageKey, ActionRefusedException::arguments)
                .contains(tuple(RolloverCheck.CERTIFICATE, "rollover.certificate.otherOin", List.of(OTHER_OIN, OIN)));
    }

    @Test
    void shouldRefuseActivatingTheNextCertificateBeforeItIsValid() {
        assertThat(refusals(request(NEXT, metadata(CURRENT, NEXT), TODAY.plusDays(5))))
                .extracting(ActionRefusedException::field, ActionRefusedException::messageKey)
                .containsExactly(tuple(RolloverCheck.ACTIVATION_DATE, "rollover.activationDate.beforeValid"));
    }

    @Test
    void shouldRefuseAnActivationDateInThePast() {
        assertThat(refusals(request(NEXT, metadata(CURRENT, NEXT), TODAY.minusDays(1))))
                .extracting(ActionRefusedException::field, ActionRefusedException::messageKey)
                .containsExactly(tuple(RolloverCheck.ACTIVATION_DATE, "rollover.activationDate.past"));
    }

    @Test
    void shouldRefuseAnActivationDateAfterTheNextCertificateExpired() {
        assertThat(refusals(request(NEXT, metadata(CURRENT, NEXT), TODAY.plusDays(500))))
                .extracting(ActionRefusedException::messageKey).containsExactly("rollover.activationDate.afterExpiry");
    }

    @Test
    void shouldRefuseMetadataThatDoesNotListTheNextCertificate() {
        assertThat(refusals(request(NEXT, metadata(CURRENT), TODAY.plusDays(11))))
                .extracting(ActionRefusedException::field, ActionRefusedException::messageKey)
                .containsExactly(tuple(RolloverCheck.METADATA, "rollover.metadata.nextMissing"));
    }

    @Test
    void shouldRefuseMetadataThatNoLongerListsTheCurrentCertificate() {
        IssuedCertificate valid = PKI.organisationCertificate(OIN, "Gemeente Voorbeeldstad");

        assertThat(refusals(request(valid, metadata(valid), TODAY)))
                .extracting(ActionRefusedException::field, ActionRefusedException::messageKey)
                .containsExactly(tuple(RolloverCheck.METADATA, "rollover.metadata.currentMissing"));
    }

    @Test
    void shouldRefuseMetadataThatFailsTheMetadataTrustChecks() {
        byte[] tampered = new String(metadata(CURRENT, NEXT), StandardCharsets.UTF_8)
                .replace("entities:0001", "entities:0002").getBytes(StandardCharsets.UTF_8);

        assertThat(refusals(request(NEXT, tampered, TODAY.plusDays(11))))
                .extracting(ActionRefusedException::field).containsOnly(RolloverCheck.METADATA);
    }

    @Test
    void shouldRefuseAnUnreadableCertificateAndAMissingDateAndMetadataAllAtOnce() {
        assertThatThrownBy(() -> run(new RolloverRequest(RolloverUse.SIGNING, "no certificate".getBytes(StandardCharsets.US_ASCII),
                new byte[0], null)))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.all())
                        .extracting(ActionRefusedException::messageKey)
                        .containsExactly("rollover.certificate.unreadable", "rollover.activationDate.required", "rollover.metadata.required"));
    }
}
