package nl.dictu.tvs.portal.demo;

import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The content of the demo application: one service, a certificate from a freshly generated test
 * PKI and preproduction metadata signed with it. It is frozen in version 1 like any submission;
 * the demo instance starts after the checks, so the test root need not be a configured anchor.
 */
final class DemoApplication {

    static final String SERVICE = "Parkeervergunning aanvragen";
    static final String TERMS_VERSION = "2026.1";
    static final int PREPRODUCTION_INDEX = 9001;

    private DemoApplication() {
    }

    static ApplicationContent content() {
        TestPki pki = TestPki.generate();
        IssuedCertificate certificate = pki.organisationCertificate(DemoAccounts.ORGANISATION_OIN, DemoAccounts.ORGANISATION_NAME);
        String metadata = MetadataSigner.sign(DvMetadataTemplate.forOin(DemoAccounts.ORGANISATION_OIN, PREPRODUCTION_INDEX)
                .build(certificate.certificate()), certificate);
        return new ApplicationContent(List.of(new ServiceDeclaration(SERVICE, Set.of(AssuranceLevel.DIGID_MIDDEN))), false,
                PemWriter.toPem(certificate.certificate(), pki.intermediate()),
                metadata.getBytes(StandardCharsets.UTF_8), TERMS_VERSION);
    }
}
