package nl.dictu.tvs.portal.runtime.demo;

import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ContactRole;
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
    /** The items of checklist 2026.2 that an application for DigiD without Eenmalig Inloggen answers. */
    static final List<String> DIGID_CHECKLIST = List.of("D1", "D2", "C2", "C3", "T3", "T6", "L10", "S1", "S2", "B1");

    private DemoApplication() {
    }

    static ApplicationContent content() {
        TestPki pki = TestPki.generate();
        IssuedCertificate certificate = pki.organisationCertificate(DemoAccounts.ORGANISATION_OIN, DemoAccounts.ORGANISATION_NAME);
        String metadata = MetadataSigner.sign(DvMetadataTemplate.forOin(DemoAccounts.ORGANISATION_OIN, PREPRODUCTION_INDEX)
                .build(certificate.certificate(), pki.encryptionCertificate(DemoAccounts.ORGANISATION_OIN,
                        DemoAccounts.ORGANISATION_NAME).certificate()), certificate);
        return new ApplicationContent(List.of(new ServiceDeclaration(SERVICE, "Parking permit", Set.of(AssuranceLevel.DIGID_MIDDEN),
                        "Inwoners vragen een parkeervergunning aan en wijzigen haar kenteken.",
                        "https://www.demostad.example/parkeren", "https://www.demostad.example/privacy", Set.of(), List.of(),
                        false)), false,
                PemWriter.toPem(certificate.certificate(), pki.intermediate()),
                metadata.getBytes(StandardCharsets.UTF_8), TERMS_VERSION,
                List.of(new Contact(ContactRole.TECHNICAL, "Demi Techniek", "techniek@demo.tvs.example", "+31 30 000 0000"),
                        new Contact(ContactRole.SIGNATORY, "Sam Tekenbevoegd", "bestuur@demo.tvs.example", null)),
                DIGID_CHECKLIST.stream().map(code -> code.equals("C3")
                        ? new ChecklistAnswer(code, ChecklistAnswerChoice.NOT_APPLICABLE,
                        "De webdienst linkt nergens naar DigiD; alleen de inlogknop start het inloggen.", null)
                        : new ChecklistAnswer(code, ChecklistAnswerChoice.YES, null, null)).toList());
    }
}
