package nl.dictu.tvs.portal.document;

import nl.dictu.tvs.portal.domain.organisation.CareRegister;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Fixed, realistic input for the document tests: nothing random, nothing from the clock. */
public final class SampleDocuments {

    public static final String REFERENCE = "TVS-2026-00042";
    public static final Instant SUBMITTED_AT = Instant.parse("2026-03-02T09:15:00Z");
    public static final Instant ISSUED_AT = Instant.parse("2026-03-02T09:15:07Z");
    public static final String DIACRITICS_SERVICE = "Aanvraag parkeervergunning \u0133sbaan Noordoost-Polder \u2014 \u00eb\u00ef\u00e9";
    public static final String LONG_SERVICE = "Melding tijdelijke verkeersmaatregelen en evenementenvergunningen voor "
            + "buurtfeesten, sportwedstrijden, markten en kermissen in de gemeente Noordoostpolder";
    public static final String LONG_WORD = "Burgerzakenbalieafsprakenplanningsmodule-Noordoostpolder-Emmeloord-Urk";
    public static final ApplicantOrganisation ORGANISATION =
            new ApplicantOrganisation("Gemeente Noordoostpolder", "00000001001234567000");
    public static final ApplicantOrganisation CARE_PROVIDER = new ApplicantOrganisation("Fysiotherapie De Polder",
            "00000009123456780000", OrganisationKind.CARE_PROVIDER, CareRegister.URA, "12345678");
    public static final String FINGERPRINT =
            "3A:7F:1C:22:9B:04:5E:D1:66:0A:8C:F3:12:4B:77:E9:50:2D:AB:19:C4:86:3E:F0:71:5A:09:BD:E2:34:6C:98";
    public static final String ENTITY_ID = "urn:nl-eid-gdi:1.0:DV:00000001001234567000:entities:9000";
    public static final String UPLOAD_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public static final String PREPROD_UUID = "6f1c2b9e-4d0a-4c55-9a1e-2f7b8c3d4e51";
    public static final String PROD_UUID = "0b8e7a14-93c2-4f6d-8e21-5c9d0a1b2f33";
    public static final Approvers APPROVERS = new Approvers("Fatima el Idrissi", "Joost van der Heijden");

    private SampleDocuments() {
    }

    public static ReceiptData receipt() {
        return new ReceiptData(
                REFERENCE,
                ORGANISATION,
                SUBMITTED_AT,
                List.of(
                        new RequestedService(DIACRITICS_SERVICE,
                                List.of(AssuranceLevel.DIGID_MIDDEN, AssuranceLevel.EH3, AssuranceLevel.EIDAS_SUBSTANTIAL),
                                "Een parkeervergunning aanvragen, wijzigen en opzeggen",
                                "https://www.noordoostpolder.nl/parkeren/vergunning-aanvragen"),
                        new RequestedService(LONG_SERVICE, List.of(AssuranceLevel.DIGID_SUBSTANTIEEL, AssuranceLevel.EH2_PLUS)),
                        new RequestedService(LONG_WORD, List.of(AssuranceLevel.DIGID_BASIS))),
                true,
                new CertificateSummary("CN=diensten.noordoostpolder.nl, serialNumber=00000001001234567000, "
                        + "O=Gemeente Noordoostpolder, C=NL", FINGERPRINT, Instant.parse("2027-02-28T23:59:59Z")),
                ENTITY_ID,
                checklistAnswers(6),
                new TermsAcceptance("2026.1", "Anne de V\u00e9ries-\u00d6zt\u00fcrk", SUBMITTED_AT),
                List.of(
                        new UploadedFile("metadata-preproductie.xml", UPLOAD_SHA256, UploadKind.METADATA, null),
                        new UploadedFile("besluit-ALB-2025-117.pdf",
                                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", UploadKind.ALB_DECISION, null),
                        new UploadedFile("inlogknop-schermafdruk.pdf",
                                "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9", UploadKind.CHECKLIST_EVIDENCE, "C2")),
                List.of(new ContactPerson("TECHNICAL", "Tess Techniek", "tess@noordoostpolder.nl", "+31 527 633 911"),
                        new ContactPerson("SIGNATORY", "Bas Bestuurder", "b.bestuurder@noordoostpolder.nl", null)));
    }

    /** The receipt of a care provider that uses its URA. */
    public static ReceiptData careProviderReceipt() {
        ReceiptData r = receipt();
        return new ReceiptData(r.reference(), CARE_PROVIDER, r.submittedAt(), r.services(), r.singleSignOn(), r.certificate(),
                r.metadataEntityId(), r.checklist(), r.terms(), r.uploads(), r.contacts(), r.serviceUuidDelivery());
    }

    public static List<ChecklistAnswer> checklistAnswers(int count) {
        List<ChecklistAnswer> answers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            answers.add(new ChecklistAnswer("C" + i, question(i), i % 7 == 0 ? "Nee, zie toelichting" : "Ja"));
        }
        return answers;
    }

    public static ChecklistAssessmentData assessment(int items) {
        List<AssessedItem> assessed = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            Verdict verdict = i % 7 == 0 ? Verdict.REJECTED : i % 11 == 0 ? Verdict.NOT_APPLICABLE : Verdict.APPROVED;
            assessed.add(new AssessedItem("C" + i, question(i), i % 7 == 0 ? "Nee, zie toelichting" : "Ja",
                    verdict, verdict == Verdict.REJECTED
                            ? "De uitlogknop is niet op elke pagina zichtbaar; pas dit aan en lever een nieuwe schermafdruk."
                            : "In orde."));
        }
        return new ChecklistAssessmentData(REFERENCE, ORGANISATION, Instant.parse("2026-03-09T14:30:00Z"),
                "Fatima el Idrissi", assessed);
    }

    public static ApprovalLetterData approval() {
        return new ApprovalLetterData(REFERENCE, ORGANISATION, Instant.parse("2026-03-16T10:00:00Z"),
                List.of(new IssuedServiceNumber(DIACRITICS_SERVICE, Environment.PREPRODUCTION, PREPROD_UUID),
                        new IssuedServiceNumber(LONG_SERVICE, Environment.PREPRODUCTION,
                                "a3d5e7f9-1b2c-4d6e-8f0a-1c3e5a7b9d02")),
                APPROVERS);
    }

    public static ProductionConfirmationData production() {
        return new ProductionConfirmationData(REFERENCE, ORGANISATION, Instant.parse("2026-06-01T08:00:00Z"),
                LocalDate.of(2026, 6, 15),
                List.of(new IssuedServiceNumber(DIACRITICS_SERVICE, Environment.PRODUCTION, PROD_UUID),
                        new IssuedServiceNumber(LONG_SERVICE, Environment.PRODUCTION,
                                "c7e9a1b3-5d7f-4a2c-9e4b-6d8f0a2c4e17")),
                APPROVERS);
    }

    public static DossierData dossier() {
        return new DossierData(receipt(), assessment(12), approval(), production());
    }

    private static String question(int i) {
        String[] questions = {
            "De voorwaarden voor het gebruik van DigiD zijn geaccepteerd (D1).",
            "De inlogknop toont de naam van de organisatie zoals geregistreerd op de ALB-lijst (C2).",
            "Er staat geen testcontent in de productieomgeving (C1).",
            "De dienst linkt niet rechtstreeks (deep link) naar pagina's van DigiD (C3).",
            "De uitlogknop is altijd zichtbaar en be\u00ebindigt de sessie.",
            "Na 15 minuten zonder activiteit verloopt de sessie en wordt de gebruiker gewaarschuwd.",
            "Foutmeldingen van DigiD worden letterlijk en volledig aan de gebruiker getoond."
        };
        return questions[(i - 1) % questions.length];
    }
}
