package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.usecase.checking.EndEntityCertificate;
import nl.dictu.tvs.portal.usecase.review.VersionFields;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One environment's registration as the fields a change compares, the services' fields exactly as
 * {@link VersionFields} gives them to the reviewers' version comparison, plus each contact and the certificate and
 * metadata of the environment. The certificate shows as its subject and SHA-256 fingerprint, the metadata as its
 * SHA-256, so a changed upload shows as a changed value.
 */
final class ChangeFields {

    static final String CONTACT_PREFIX = "change.field.contact:";
    static final String CERTIFICATE = "change.field.certificate";
    static final String METADATA = "change.field.metadataSha256";
    /** The fields a fast-lane change may change: the certificates and the metadata, nothing else. */
    static final Set<String> TRUST_MATERIAL = Set.of(CERTIFICATE, METADATA);

    private ChangeFields() {
    }

    static Map<String, String> of(List<ServiceDeclaration> services, List<Contact> contacts, String certificatePem,
                                  byte[] metadata, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>(VersionFields.serviceFields(services, locale));
        for (Contact contact : contacts) {
            fields.put(CONTACT_PREFIX + contact.role().name(), contact.name() + " \u00b7 " + contact.email()
                    + (contact.phone() == null ? "" : " \u00b7 " + contact.phone()));
        }
        fields.put(CERTIFICATE, certificate(certificatePem));
        fields.put(METADATA, metadata == null || metadata.length == 0 ? "-" : Sha256.hex(metadata));
        return fields;
    }

    static Map<String, String> of(LiveRegistration live, Locale locale) {
        return of(live.services(), live.contacts(), live.certificatePem(), live.metadata(), locale);
    }

    static Map<String, String> of(ChangeProposal proposal, Locale locale) {
        return of(proposal.services(), proposal.contacts(), proposal.certificatePem(), proposal.metadata(), locale);
    }

    /** What changes from one to the other, labelled in the reader's language. */
    static List<ChangeDifference> differences(Map<String, String> live, Map<String, String> proposed, Locale locale) {
        return VersionFields.changes(live, proposed).stream()
                .map(change -> new ChangeDifference(label(change.field(), locale), orDash(change.before()), orDash(change.after())))
                .toList();
    }

    /** Whether only the certificate or the metadata changes (and something does). */
    static boolean onlyTrustMaterial(Map<String, String> live, Map<String, String> proposed) {
        List<VersionFields.FieldChange> changes = VersionFields.changes(live, proposed);
        return !changes.isEmpty() && changes.stream().allMatch(change -> TRUST_MATERIAL.contains(change.field()));
    }

    private static String label(String field, Locale locale) {
        if (field.startsWith(VersionFields.SERVICE_PREFIX)) {
            return Bundle.text(locale, "dossier.field.service", field.substring(VersionFields.SERVICE_PREFIX.length()));
        }
        if (field.startsWith(VersionFields.SERVICE_DETAILS_PREFIX)) {
            return Bundle.text(locale, "dossier.field.serviceDetails", field.substring(VersionFields.SERVICE_DETAILS_PREFIX.length()));
        }
        if (field.startsWith(CONTACT_PREFIX)) {
            return Bundle.text(locale, "change.field.contact",
                    Bundle.text(locale, "contact.role." + field.substring(CONTACT_PREFIX.length())));
        }
        return Bundle.text(locale, field);
    }

    private static String certificate(String pem) {
        if (pem == null || pem.isBlank()) {
            return "-";
        }
        return EndEntityCertificate.of(pem)
                .map(c -> CertificateFacts.subject(c) + " \u00b7 SHA-256 " + CertificateFacts.sha256Fingerprint(c))
                .orElseGet(() -> Sha256.hex(pem.strip().getBytes(StandardCharsets.UTF_8)));
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
