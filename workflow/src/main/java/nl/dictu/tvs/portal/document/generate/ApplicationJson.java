package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.shared.json.Json;

import nl.dictu.tvs.portal.document.ApplicantOrganisation;
import nl.dictu.tvs.portal.document.ApprovalLetterData;
import nl.dictu.tvs.portal.document.ChangeConfirmationData;
import nl.dictu.tvs.portal.document.Approvers;
import nl.dictu.tvs.portal.document.ChecklistAssessmentData;
import nl.dictu.tvs.portal.document.DossierData;
import nl.dictu.tvs.portal.document.IssuedServiceNumber;
import nl.dictu.tvs.portal.document.ProductionConfirmationData;
import nl.dictu.tvs.portal.document.TerminationConfirmationData;
import nl.dictu.tvs.portal.document.ReceiptData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON form of the document input. It serves twice: its hash is part of the
 * document ID (same input, same ID), and the dossier embeds it as the machine-readable copy of
 * the application. Field names are stable English identifiers; change them only with a
 * {@value #FORMAT} version bump.
 */
public final class ApplicationJson {

    public static final String FORMAT = "tvs-aansluitportaal/application-data/v1";

    private ApplicationJson() {
    }

    public static String of(ReceiptData data) {
        return Json.writeIndented(receipt(data));
    }

    public static String of(ChecklistAssessmentData data) {
        return Json.writeIndented(assessment(data));
    }

    public static String of(ApprovalLetterData data) {
        return Json.writeIndented(approval(data));
    }

    public static String of(ProductionConfirmationData data) {
        return Json.writeIndented(production(data));
    }

    public static String of(TerminationConfirmationData data) {
        return Json.writeIndented(map(
                "reference", data.reference(),
                "organisation", organisation(data.organisation()),
                "recordedAt", data.recordedAt(),
                "endsOn", data.endsOn(),
                "reason", data.reason(),
                "byDictu", data.byDictu(),
                "requestedBy", data.requestedBy(),
                "environments", data.environments().stream().map(Enum::name).toList()));
    }

    public static String of(ChangeConfirmationData data) {
        return Json.writeIndented(map(
                "reference", data.reference(),
                "applicationReference", data.applicationReference(),
                "organisation", organisation(data.organisation()),
                "environment", data.environment().name(),
                "appliedAt", data.appliedAt(),
                "version", data.version(),
                "requestedBy", data.requestedBy(),
                "decidedBy", data.decidedBy(),
                "changes", data.changes().stream().map(c -> map("field", c.label(), "before", c.before(),
                        "after", c.after())).toList(),
                "serviceNumbers", data.serviceNumbers().stream().map(n -> map("service", n.serviceName(),
                        "environment", n.environment().name(), "serviceUuid", n.serviceUuid())).toList()));
    }

    public static String of(DossierData data) {
        return Json.writeIndented(map(
                "format", FORMAT,
                "reference", data.reference(),
                "receipt", receipt(data.receipt()),
                "checklistAssessment", data.assessmentIfAny().map(ApplicationJson::assessment).orElse(null),
                "preproductionApproval", data.preproductionApprovalIfAny().map(ApplicationJson::approval).orElse(null),
                "productionConfirmation",
                data.productionConfirmationIfAny().map(ApplicationJson::production).orElse(null)));
    }

    private static Map<String, Object> receipt(ReceiptData d) {
        return map(
                "reference", d.reference(),
                "organisation", organisation(d.organisation()),
                "submittedAt", d.submittedAt(),
                "services", d.services().stream().map(s -> map(
                        "name", s.name(),
                        "nameEn", s.nameEn(),
                        "loginMeans", s.loginMeans(),
                        "description", s.description(),
                        "url", s.url(),
                        "privacyPolicyUrl", s.privacyPolicyUrl(),
                        "identifyingAttributes", s.identifyingAttributes(),
                        "requestedAttributes", s.requestedAttributes().stream().map(a -> map(
                                "name", a.name(), "purposeNl", a.purposeNl(), "purposeEn", a.purposeEn())).toList(),
                        "machtigen", s.machtigen())).toList(),
                "singleSignOn", d.singleSignOn(),
                "serviceUuidDelivery", d.serviceUuidDelivery().name(),
                "certificate", map(
                        "subject", d.certificate().subject(),
                        "sha256Fingerprint", d.certificate().sha256Fingerprint(),
                        "notAfter", d.certificate().notAfter()),
                "metadataEntityId", d.metadataEntityId(),
                "checklist", d.checklist().stream().map(a -> map(
                        "code", a.code(),
                        "question", a.question(),
                        "answer", a.answer())).toList(),
                "terms", map(
                        "version", d.terms().version(),
                        "acceptedBy", d.terms().acceptedBy(),
                        "acceptedAt", d.terms().acceptedAt()),
                "uploads", d.uploads().stream().map(u -> map(
                        "fileName", u.fileName(),
                        "sha256", u.sha256())).toList());
    }

    private static Map<String, Object> assessment(ChecklistAssessmentData d) {
        return map(
                "reference", d.reference(),
                "organisation", organisation(d.organisation()),
                "assessedAt", d.assessedAt(),
                "reviewer", d.reviewer(),
                "items", d.items().stream().map(i -> map(
                        "code", i.code(),
                        "question", i.question(),
                        "answer", i.answer(),
                        "verdict", i.verdict(),
                        "comment", i.comment())).toList());
    }

    private static Map<String, Object> approval(ApprovalLetterData d) {
        return map(
                "reference", d.reference(),
                "organisation", organisation(d.organisation()),
                "approvedAt", d.approvedAt(),
                "serviceNumbers", serviceNumbers(d.serviceNumbers()),
                "approvers", approvers(d.approvers()));
    }

    private static Map<String, Object> production(ProductionConfirmationData d) {
        return map(
                "reference", d.reference(),
                "organisation", organisation(d.organisation()),
                "approvedAt", d.approvedAt(),
                "liveOn", d.liveOn(),
                "firstAssessmentDue", d.firstAssessmentDue(),
                "serviceNumbers", serviceNumbers(d.serviceNumbers()),
                "approvers", approvers(d.approvers()));
    }

    private static Map<String, Object> organisation(ApplicantOrganisation o) {
        return o.careProvider()
                ? map("name", o.name(), "oin", o.oin(), "kind", o.kind(), "register", o.register(),
                        "registerNumber", o.registerNumber())
                : map("name", o.name(), "oin", o.oin(), "kind", o.kind());
    }

    private static List<Map<String, Object>> serviceNumbers(List<IssuedServiceNumber> numbers) {
        return numbers.stream().map(n -> map(
                "service", n.serviceName(),
                "environment", n.environment(),
                "serviceUuid", n.serviceUuid())).toList();
    }

    private static Map<String, Object> approvers(Approvers a) {
        return map("first", a.first(), "second", a.second());
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
