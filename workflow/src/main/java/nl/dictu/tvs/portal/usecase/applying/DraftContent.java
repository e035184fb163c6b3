package nl.dictu.tvs.portal.usecase.applying;

import nl.dictu.tvs.portal.usecase.application.ChecklistItemView;
import nl.dictu.tvs.portal.usecase.application.ChecklistView;

import nl.dictu.tvs.portal.usecase.applying.draft.ChecklistEntry;
import nl.dictu.tvs.portal.usecase.applying.draft.ContactEntry;
import nl.dictu.tvs.portal.usecase.applying.draft.ServiceEntry;
import nl.dictu.tvs.portal.usecase.applying.draft.ServiceFieldRules;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.LongFunction;

/** A draft without errors as the content of a new application. */
final class DraftContent {

    private static final String PEM_HEADER = "-----BEGIN";

    private DraftContent() {
    }

    static ApplicationContent toApplicationContent(WizardDraft draft, ChecklistView checklist, LongFunction<byte[]> fileBytes) {
        List<ServiceDeclaration> services = new ArrayList<>();
        for (ServiceEntry service : draft.getServices()) {
            services.add(new ServiceDeclaration(service.getName(), service.getNameEn(), service.chosenLevels(),
                    service.getDescription(), service.getUrl(), service.getPrivacyPolicyUrl(),
                    service.chosenIdentifyingAttributes(), ServiceFieldRules.attributes(service), service.isMachtigen()));
        }
        List<Contact> contacts = new ArrayList<>();
        for (ContactEntry contact : draft.getContacts()) {
            if (!contact.isEmpty()) {
                contacts.add(new Contact(contact.getRole(), contact.getName(), contact.getEmail(), contact.getPhone()));
            }
        }
        List<ChecklistAnswer> answers = new ArrayList<>();
        for (ChecklistItemView item : checklist.applicable(draft.loginMeans(), draft.joinsEenmaligInloggen())) {
            ChecklistEntry entry = draft.checklistEntry(item.code());
            answers.add(new ChecklistAnswer(item.code(), ChecklistAnswerChoice.valueOf(entry.getAnswer()),
                    entry.getExplanation(), entry.getEvidenceFileId()));
        }
        String certificatePem = asPem(fileBytes.apply(draft.certificate().orElseThrow().id()));
        byte[] metadata = fileBytes.apply(draft.metadata().orElseThrow().id());
        return new ApplicationContent(services, draft.joinsEenmaligInloggen(), certificatePem, metadata,
                draft.getAcceptedTermsVersion(), contacts, answers, draft.serviceUuidDelivery().orElse(null));
    }

    /** Certificates may be uploaded as DER; the application keeps PEM. */
    static String asPem(byte[] certificate) {
        String text = new String(certificate, StandardCharsets.US_ASCII);
        if (text.stripLeading().startsWith(PEM_HEADER)) {
            return text;
        }
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate)
                + "\n-----END CERTIFICATE-----\n";
    }
}
