package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.shared.json.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of a {@link WizardDraft}: a JSON object of strings, arrays and objects (written and read by
 * {@link Json}). Unknown or missing members read as empty, so older drafts still open.
 */
public final class DraftJson {

    private DraftJson() {
    }

    public static String write(WizardDraft draft) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("oin", draft.getOin());
        root.put("organisationName", draft.getOrganisationName());
        root.put("organisationKind", draft.getOrganisationKind());
        root.put("careRegister", draft.getCareRegister());
        root.put("registerNumber", draft.getRegisterNumber());
        root.put("clusterMembers", draft.getClusterMembers());
        root.put("contacts", draft.getContacts().stream().map(contact -> ordered(
                "role", contact.getRole().name(), "name", contact.getName(), "email", contact.getEmail(),
                "phone", contact.getPhone())).toList());
        root.put("services", draft.getServices().stream().map(service -> {
            Map<String, Object> levels = new LinkedHashMap<>();
            service.getLevels().forEach((means, level) -> levels.put(means, Text.orEmpty(level)));
            return ordered("name", service.getName(), "nameEn", service.getNameEn(), "description", service.getDescription(),
                    "url", service.getUrl(), "privacyPolicyUrl", service.getPrivacyPolicyUrl(), "levels", levels,
                    "identifyingAttributes", List.copyOf(service.getIdentifyingAttributes()),
                    "attributes", service.getAttributes().stream().map(attribute -> ordered("name", attribute.getName(),
                            "purposeNl", attribute.getPurposeNl(), "purposeEn", attribute.getPurposeEn())).toList(),
                    "machtigen", service.isMachtigen());
        }).toList());
        root.put("eenmaligInloggen", draft.getEenmaligInloggen());
        root.put("serviceUuidDelivery", draft.getServiceUuidDelivery());
        root.put("certificate", file(draft.certificate()));
        root.put("metadata", file(draft.metadata()));
        root.put("albDecision", file(draft.albDecision()));
        root.put("albProofKindId", draft.getAlbProofKindId());
        Map<String, Object> memberDecisions = new LinkedHashMap<>();
        draft.memberDecisions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(decision -> memberDecisions.put(decision.getKey(), file(Optional.of(decision.getValue()))));
        root.put("memberDecisions", memberDecisions);
        root.put("checklist", checklist(draft.getChecklist()));
        Map<String, Object> memberChecklists = new LinkedHashMap<>();
        draft.memberChecklists().forEach((oin, answers) -> {
            if (!answers.isEmpty()) {
                memberChecklists.put(oin, checklist(answers));
            }
        });
        root.put("memberChecklists", memberChecklists);
        root.put("acceptedTermsVersion", draft.getAcceptedTermsVersion());
        root.put("visitedSteps", draft.visitedSteps().stream().sorted().map(WizardStep::name).toList());
        root.put("lastStep", draft.lastStep().name());
        return Json.write(root);
    }

    public static WizardDraft read(String json) {
        Map<String, Object> root = object(Json.read(json));
        WizardDraft draft = new WizardDraft();
        draft.setOin(text(root, "oin"));
        draft.setOrganisationName(text(root, "organisationName"));
        // Drafts saved before organisations had kinds were all government organisations': the default stays.
        if (root.containsKey("organisationKind")) {
            draft.setOrganisationKind(text(root, "organisationKind"));
        }
        draft.setCareRegister(text(root, "careRegister"));
        draft.setRegisterNumber(text(root, "registerNumber"));
        if (root.containsKey("clusterMembers")) {
            draft.setClusterMembers(text(root, "clusterMembers"));
        }
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
            // Drafts saved before services were catalogue entries hold only "name" (the Dutch name), "description",
            // "url" and "levels": the other members read as empty.
            entry.setName(text(service, "name"));
            entry.setNameEn(text(service, "nameEn"));
            entry.setDescription(text(service, "description"));
            entry.setUrl(text(service, "url"));
            entry.setPrivacyPolicyUrl(text(service, "privacyPolicyUrl"));
            entry.setIdentifyingAttributes(list(service, "identifyingAttributes").stream()
                    .filter(String.class::isInstance).map(String.class::cast).toList());
            for (Object row : list(service, "attributes")) {
                AttributeEntry attribute = new AttributeEntry();
                attribute.setName(text(object(row), "name"));
                attribute.setPurposeNl(text(object(row), "purposeNl"));
                attribute.setPurposeEn(text(object(row), "purposeEn"));
                entry.getAttributes().add(attribute);
            }
            entry.setMachtigen(Boolean.TRUE.equals(service.get("machtigen")));
            object(service.get("levels")).forEach((means, level) -> {
                if (entry.getLevels().containsKey(means)) {
                    entry.getLevels().put(means, level instanceof String s ? s : "");
                }
            });
            draft.getServices().add(entry);
        }
        draft.setEenmaligInloggen(text(root, "eenmaligInloggen"));
        // Drafts saved before the choice existed were checked in metadata mode: the draft's default stays.
        if (root.containsKey("serviceUuidDelivery")) {
            draft.setServiceUuidDelivery(text(root, "serviceUuidDelivery"));
        }
        draft.setCertificate(file(root, "certificate"));
        draft.setMetadata(file(root, "metadata"));
        draft.setAlbDecision(file(root, "albDecision"));
        draft.setAlbProofKindId(text(root, "albProofKindId"));
        // drafts saved before members had their own decisions have none
        Map<String, Object> memberDecisions = object(root.get("memberDecisions"));
        memberDecisions.keySet().forEach(oin -> draft.setMemberDecision(oin, file(memberDecisions, oin)));
        readChecklist(object(root.get("checklist")), draft.getChecklist());
        // drafts saved before members had their own answers have none: every member takes the cluster's
        object(root.get("memberChecklists")).forEach((oin, answers) -> readChecklist(object(answers),
                draft.memberChecklist(oin)));
        draft.setAcceptedTermsVersion(text(root, "acceptedTermsVersion"));
        for (Object step : list(root, "visitedSteps")) {
            for (WizardStep known : WizardStep.values()) {
                if (known.name().equals(step)) {
                    draft.markVisited(known);
                }
            }
        }
        for (WizardStep known : WizardStep.values()) {
            if (known.name().equals(text(root, "lastStep"))) {
                draft.setLastStep(known);
            }
        }
        return draft;
    }

    private static Map<String, Object> checklist(Map<String, ChecklistEntry> answers) {
        Map<String, Object> checklist = new LinkedHashMap<>();
        answers.forEach((code, answer) -> checklist.put(code, ordered("answer", answer.getAnswer(),
                "explanation", answer.getExplanation(),
                "evidenceFileId", answer.getEvidenceFileId() == null ? "" : answer.getEvidenceFileId().toString(),
                "evidenceFileName", answer.getEvidenceFileName())));
        return checklist;
    }

    private static void readChecklist(Map<String, Object> stored, Map<String, ChecklistEntry> into) {
        stored.forEach((code, value) -> {
            Map<String, Object> answer = object(value);
            ChecklistEntry entry = into.computeIfAbsent(code, key -> new ChecklistEntry());
            entry.setAnswer(text(answer, "answer"));
            entry.setExplanation(text(answer, "explanation"));
            String fileId = text(answer, "evidenceFileId");
            if (!fileId.isEmpty()) {
                entry.attachEvidence(Long.parseLong(fileId), text(answer, "evidenceFileName"));
            }
        });
    }

    private static Map<String, Object> file(Optional<FileRef> file) {
        return file.map(f -> ordered("id", String.valueOf(f.id()), "fileName", f.fileName())).orElse(null);
    }

    /** An ordered object from name-value pairs; a missing text reads as empty. */
    private static Map<String, Object> ordered(Object... nameValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            object.put((String) nameValues[i], nameValues[i + 1] == null ? "" : nameValues[i + 1]);
        }
        return object;
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
