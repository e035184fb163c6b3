package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.web.view.FacesText;

/** Which field of a form a refusal of the content concerns, so its message sits beside it and links there. */
final class FormFields {

    private FormFields() {
    }

    /** The field of a refusal of the whole content; null (the page) when it is no one field's. */
    static String fieldOf(InvalidApplicationException e, String form) {
        return switch (e.messageKey()) {
            case "application.invalid.certificate" -> form + ":certificatePem";
            case "application.invalid.metadata" -> form + ":metadataText";
            case "application.invalid.testingNotCompleted" -> form + ":testingCompleted";
            case "application.invalid.duplicateService" -> form + ":services:0:name";
            default -> null;
        };
    }

    static String serviceField(InvalidApplicationException e) {
        return switch (e.messageKey()) {
            case "application.invalid.serviceDescription" -> "description";
            case "application.invalid.serviceUrl" -> "url";
            default -> "name";
        };
    }

    static String contactField(InvalidApplicationException e) {
        return switch (e.messageKey()) {
            case "application.invalid.contactEmail" -> "email";
            case "application.invalid.contactPhone" -> "phone";
            default -> "name";
        };
    }

    /** Both present, or a message on each missing one. */
    static boolean requireCertificateAndMetadata(CertificateMetadataInput input, String form) {
        boolean ok = true;
        if (input.getCertificatePem().isBlank()) {
            FacesText.error(form + ":certificatePem", "applicant.form.certificateRequired");
            ok = false;
        }
        if (input.getMetadataText().isBlank()) {
            FacesText.error(form + ":metadataText", "applicant.form.metadataRequired");
            ok = false;
        }
        return ok;
    }
}
