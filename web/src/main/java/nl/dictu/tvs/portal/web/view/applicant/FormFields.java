package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.web.view.PageMessages;

import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.web.view.FieldIds;

import java.util.List;
import java.util.Map;

/** The applicant's content forms: a refusal's message beside the field its path names, and the fields a check needs. */
final class FormFields {

    /**
     * Fields whose component has another id: the metadata is edited as text; a service's levels and
     * a contact's role are not edited on these forms, so their message stands at the row's name.
     */
    private static final Map<String, String> RENAMED = Map.of("metadata", "metadataText", "minimumLevels", "name",
            "role", "name");

    private FormFields() {
    }

    /** The refusal beside the field its path names, or on the page. */
    static void invalid(String form, InvalidApplicationException e) {
        PageMessages.invalid(FieldIds.clientId(form, e.field(), RENAMED), e);
    }

    /** Each refusal beside its field; returns whether there were none. */
    static boolean invalid(String form, List<InvalidApplicationException> refusals) {
        refusals.forEach(e -> invalid(form, e));
        return refusals.isEmpty();
    }

    /** Both present, or a message on each missing one. */
    static boolean requireCertificateAndMetadata(CertificateMetadataInput input, String form) {
        boolean ok = true;
        if (input.getCertificatePem().isBlank()) {
            PageMessages.error(form + ":certificatePem", "applicant.form.certificateRequired");
            ok = false;
        }
        if (input.getMetadataText().isBlank()) {
            PageMessages.error(form + ":metadataText", "applicant.form.metadataRequired");
            ok = false;
        }
        return ok;
    }
}
