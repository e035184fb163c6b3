package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.trust.finding.JsonText;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of a {@link WizardDraft}: a JSON object of strings, arrays and objects (what
 * {@link JsonText} reads). Unknown or missing members read as empty, so older drafts still open.
 */
public final class DraftJson {

    private DraftJson() {
    }

    public static String write(WizardDraft draft) {
        StringBuilder out = new StringBuilder("{");
        member(out, "oin", draft.getOin()).append(',');
        member(out, "organisationName", draft.getOrganisationName()).append(',');
        out.append("\"contacts\":[");
        for (int i = 0; i < draft.getContacts().size(); i++) {
            ContactEntry contact = draft.getContacts().get(i);
            out.append(i == 0 ? "{" : ",{");
            member(out, "role", contact.getRole().name()).append(',');
            member(out, "name", contact.getName()).append(',');
            member(out, "email", contact.getEmail()).append(',');
            member(out, "phone", contact.getPhone()).append('}');
        }
        out.append("],\"services\":[");
        for (int i = 0; i < draft.getServices().size(); i++) {
            ServiceEntry service = draft.getServices().get(i);
            out.append(i == 0 ? "{" : ",{");
            member(out, "name", service.getName()).append(',');
            member(out, "description", service.getDescription()).append(',');
            member(out, "url", service.getUrl()).append(",\"levels\":");
            Map<String, String> levels = new java.util.LinkedHashMap<>();
            service.getLevels().forEach((means, level) -> levels.put(means, Text.orEmpty(level)));
            JsonText.appendObject(out, levels);
            out.append('}');
        }
        out.append("],");
        member(out, "eenmaligInloggen", draft.getEenmaligInloggen()).append(',');
        file(out, "certificate", draft.certificate()).append(',');
        file(out, "metadata", draft.metadata()).append(',');
        file(out, "albDecision", draft.albDecision()).append(",\"checklist\":{");
        boolean first = true;
        for (Map.Entry<String, ChecklistEntry> entry : draft.getChecklist().entrySet()) {
            out.append(first ? "" : ",");
            first = false;
            JsonText.appendString(out, entry.getKey());
            out.append(":{");
            ChecklistEntry answer = entry.getValue();
            member(out, "answer", answer.getAnswer()).append(',');
            member(out, "explanation", answer.getExplanation()).append(',');
            member(out, "evidenceFileId", answer.getEvidenceFileId() == null ? "" : answer.getEvidenceFileId().toString())
                    .append(',');
            member(out, "evidenceFileName", answer.getEvidenceFileName()).append('}');
        }
        out.append("},");
        member(out, "acceptedTermsVersion", draft.getAcceptedTermsVersion()).append(",\"visitedSteps\":");
        JsonText.appendStrings(out, draft.visitedSteps().stream().sorted().map(WizardStep::name).toList());
        return out.append('}').toString();
    }

    public static WizardDraft read(String json) {
        Map<String, Object> root = object(JsonText.parse(json));
        WizardDraft draft = new WizardDraft();
        draft.setOin(text(root, "oin"));
        draft.setOrganisationName(text(root, "organisationName"));
        for (Object item : list(root, "contacts")) {
            Map<String, Object> contact = object(item);
            ContactRole role = ContactRole.valueOf(text(contact, "role"));
            ContactEntry entry = draft.contact(role);
            entry.setName(text(contact, "name"));
            entry.setEmail(text(contact, "email"));
            entry.setPhone(text(contact, "phone"));
        }
        for (Object item : list(root, "services")) {
            Map<String, Object> service = object(item);
            ServiceEntry entry = new ServiceEntry();
            entry.setName(text(service, "name"));
            entry.setDescription(text(service, "description"));
            entry.setUrl(text(service, "url"));
            object(service.get("levels")).forEach((means, level) -> {
                if (entry.getLevels().containsKey(means)) {
                    entry.getLevels().put(means, level instanceof String s ? s : "");
                }
            });
            draft.getServices().add(entry);
        }
        draft.setEenmaligInloggen(text(root, "eenmaligInloggen"));
        draft.setCertificate(file(root, "certificate"));
        draft.setMetadata(file(root, "metadata"));
        draft.setAlbDecision(file(root, "albDecision"));
        object(root.get("checklist")).forEach((code, value) -> {
            Map<String, Object> answer = object(value);
            ChecklistEntry entry = draft.checklistEntry(code);
            entry.setAnswer(text(answer, "answer"));
            entry.setExplanation(text(answer, "explanation"));
            String fileId = text(answer, "evidenceFileId");
            if (!fileId.isEmpty()) {
                entry.attachEvidence(Long.parseLong(fileId), text(answer, "evidenceFileName"));
            }
        });
        draft.setAcceptedTermsVersion(text(root, "acceptedTermsVersion"));
        for (Object step : list(root, "visitedSteps")) {
            for (WizardStep known : WizardStep.values()) {
                if (known.name().equals(step)) {
                    draft.markVisited(known);
                }
            }
        }
        return draft;
    }

    private static StringBuilder member(StringBuilder out, String name, String value) {
        JsonText.appendString(out, name);
        out.append(':');
        JsonText.appendString(out, value);
        return out;
    }

    private static StringBuilder file(StringBuilder out, String name, Optional<FileRef> file) {
        JsonText.appendString(out, name);
        out.append(':');
        if (file.isEmpty()) {
            return out.append("null");
        }
        JsonText.appendObject(out, Map.of("id", String.valueOf(file.get().id()), "fileName", file.get().fileName()));
        return out;
    }

    private static FileRef file(Map<String, Object> root, String name) {
        Map<String, Object> file = object(root.get(name));
        String id = text(file, "id");
        return id.isEmpty() ? null : new FileRef(Long.parseLong(id), text(file, "fileName"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> list(Map<String, Object> root, String name) {
        return root.get(name) instanceof List<?> items ? items : List.of();
    }

    private static String text(Map<String, Object> object, String name) {
        return object.get(name) instanceof String s ? s : "";
    }
}
