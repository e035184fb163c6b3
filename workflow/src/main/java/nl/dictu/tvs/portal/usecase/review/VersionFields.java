package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.shared.i18n.Bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * A version of the form as the fields a reviewer reads and compares, keyed by the bundle key of
 * their label ({@code dossier.field.*}), with values as a person reads them in the reader's
 * language (levels by name, yes/no). Certificates and metadata appear as their SHA-256, so a
 * changed upload shows as a changed value without printing kilobytes; each checklist answer is a
 * field too, so a reworked answer shows among the differences.
 */
public final class VersionFields {

    public static final String SERVICE_PREFIX = "dossier.field.service:";
    public static final String SERVICE_DETAILS_PREFIX = "dossier.field.serviceDetails:";
    static final String CHECKLIST_PREFIX = "dossier.field.checklist:";

    private VersionFields() {
    }

    /** @param evidenceName the file name of an evidence upload, by its stored file id */
    static Map<String, String> of(ApplicationVersion version, Locale locale, LongFunction<String> evidenceName) {
        Map<String, String> fields = new LinkedHashMap<>(serviceFields(version.services(), locale));
        fields.put("dossier.field.eenmaligInloggen", yesNo(locale, version.isEenmaligInloggen()));
        fields.put("dossier.field.serviceUuidDelivery", Bundle.text(locale,
                "serviceUuidDelivery." + version.getServiceUuidDelivery().name()));
        fields.put("dossier.field.certificateSha256", Sha256.hex(version.certificatePemBytes()));
        fields.put("dossier.field.preproductionMetadataSha256", version.getPreproductionMetadataSha256());
        version.getProductionCertificatePem().ifPresent(pem -> fields.put("dossier.field.productionCertificateSha256",
                Sha256.hex(pem.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        version.getProductionMetadataSha256().ifPresent(sha -> fields.put("dossier.field.productionMetadataSha256", sha));
        if (version.getProductionMetadataSha256().isPresent()) {
            fields.put("dossier.field.testingCompleted", yesNo(locale, version.isTestingCompleted()));
        }
        version.getDesiredGoLive().ifPresent(date -> fields.put("dossier.field.desiredGoLive", date.toString()));
        fields.put("dossier.field.termsVersion", version.getTermsAcceptance().termsVersion());
        for (ChecklistAnswer answer : version.checklistAnswers()) {
            fields.put(CHECKLIST_PREFIX + answer.itemCode(), answer(answer, locale, evidenceName));
        }
        return fields;
    }

    /**
     * Each service's minimum levels and its catalogue entry as two fields, keyed {@value #SERVICE_PREFIX} and
     * {@value #SERVICE_DETAILS_PREFIX} followed by the service's name.
     */
    public static Map<String, String> serviceFields(List<ServiceDeclaration> services, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ServiceDeclaration service : services) {
            fields.put(SERVICE_PREFIX + service.name(), levels(service, locale));
            fields.put(SERVICE_DETAILS_PREFIX + service.name(), details(service, locale));
        }
        return fields;
    }

    /** A service's minimum levels by name, sorted, in the reader's language. */
    public static String levels(ServiceDeclaration service, Locale locale) {
        return service.minimumLevels().stream()
                .map(level -> Bundle.text(locale, "level." + level.name())).sorted()
                .collect(Collectors.joining(", "));
    }

    /**
     * A service's catalogue entry apart from its levels, as one value: a correction that changes its English
     * name, description, addresses, eHerkenning attributes or Machtigen shows among the differences.
     */
    public static String details(ServiceDeclaration service, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(Bundle.text(locale, "service.nameEn") + ": " + service.nameEn());
        if (!service.description().isBlank()) {
            parts.add(Bundle.text(locale, "applicant.form.serviceDescription") + ": " + service.description());
        }
        if (service.url() != null) {
            parts.add(Bundle.text(locale, "applicant.form.serviceUrl") + ": " + service.url());
        }
        if (service.privacyPolicyUrl() != null) {
            parts.add(Bundle.text(locale, "service.privacyPolicyUrl") + ": " + service.privacyPolicyUrl());
        }
        if (!service.identifyingAttributes().isEmpty()) {
            parts.add(Bundle.text(locale, "service.identifyingAttributes") + ": " + service.identifyingAttributes().stream()
                    .map(type -> Bundle.text(locale, "identifyingAttribute." + type.name())).collect(Collectors.joining(", ")));
        }
        if (!service.requestedAttributes().isEmpty()) {
            parts.add(Bundle.text(locale, "service.requestedAttributes") + ": " + service.requestedAttributes().stream()
                    .map(a -> a.name() + " (" + a.purposeNl() + " / " + a.purposeEn() + ")").collect(Collectors.joining(", ")));
        }
        parts.add(Bundle.text(locale, "service.machtigen") + ": " + yesNo(locale, service.machtigen()));
        return String.join(" \u00b7 ", parts);
    }

    private static String answer(ChecklistAnswer answer, Locale locale, LongFunction<String> evidenceName) {
        StringBuilder text = new StringBuilder(Bundle.text(locale, "checklist.answer." + answer.answer().name()));
        if (answer.explanation() != null && !answer.explanation().isBlank()) {
            text.append(" \u00b7 ").append(answer.explanation().strip());
        }
        if (answer.evidenceFileId() != null) {
            text.append(" \u00b7 ").append(Bundle.text(locale, "dossier.value.evidence",
                    evidenceName.apply(answer.evidenceFileId())));
        }
        return text.toString();
    }

    private static String yesNo(Locale locale, boolean value) {
        return Bundle.text(locale, value ? "dossier.value.yes" : "dossier.value.no");
    }

    /** What changed from each version to the next: added, removed and changed fields, in field order. */
    static List<DossierView.Difference> differences(List<DossierView.Version> versions) {
        List<DossierView.Difference> differences = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            DossierView.Version from = versions.get(i - 1);
            DossierView.Version to = versions.get(i);
            changes(from.fields(), to.fields()).forEach(change -> differences.add(
                    new DossierView.Difference(from.number(), to.number(), change.field(), change.before(), change.after())));
        }
        return differences;
    }

    /** The fields added, removed or changed from one set of fields to the other, in field order (a value is null where absent). */
    public static List<FieldChange> changes(Map<String, String> from, Map<String, String> to) {
        Map<String, String> all = new LinkedHashMap<>(from);
        to.forEach(all::putIfAbsent);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : all.keySet()) {
            String before = from.get(field);
            String after = to.get(field);
            if (before == null ? after != null : !before.equals(after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        return changes;
    }

    /** One field that differs: its key, the value before and after (null where the field is absent). */
    public record FieldChange(String field, String before, String after) {
    }
}
