package nl.dictu.tvs.portal.web.api;

import nl.dictu.tvs.portal.usecase.review.ItemVerdict;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;

import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The request bodies of the API, as JSON-B binds them, and their translation to the services' types. */
public final class ApiJson {

    private ApiJson() {
    }

    /**
     * A service and its minimum levels, e.g. {@code {"name":"Afvalpas","minimumLevels":["DIGID_MIDDEN"],
     * "description":"...","url":"https://..."}}; description and url are optional.
     */
    public record Service(String name, List<String> minimumLevels, String description, String url) {

        ServiceDeclaration toDeclaration() {
            Set<AssuranceLevel> levels = EnumSet.noneOf(AssuranceLevel.class);
            for (String level : minimumLevels == null ? List.<String>of() : minimumLevels) {
                try {
                    levels.add(AssuranceLevel.valueOf(level));
                } catch (IllegalArgumentException e) {
                    throw new InvalidApplicationException("application.invalid.noLoginMeans", String.valueOf(name));
                }
            }
            return new ServiceDeclaration(name == null ? "" : name, levels, description, url);
        }
    }

    /** A submission or correction; the metadata travels as Base64, exactly the uploaded bytes. */
    public record Submission(List<Service> services, boolean eenmaligInloggen, String certificatePem,
                             String metadataBase64, String termsVersion, List<ContactJson> contacts,
                             List<Answer> checklist) {

        ApplicationContent toContent() {
            List<ServiceDeclaration> declarations = services == null ? List.of()
                    : services.stream().map(Service::toDeclaration).toList();
            return new ApplicationContent(declarations, eenmaligInloggen, certificatePem, decode(metadataBase64),
                    termsVersion == null ? "" : termsVersion,
                    contacts == null ? List.of() : contacts.stream().map(ContactJson::toContact).toList(),
                    answers(checklist));
        }
    }

    /** A contact: {@code {"role":"TECHNICAL","name":"...","email":"...","phone":"..."}}. */
    public record ContactJson(String role, String name, String email, String phone) {

        Contact toContact() {
            return new Contact(enumValue(ContactRole.class, role, "application.invalid.contactName"), name, email, phone);
        }
    }

    /** A checklist answer: {@code {"code":"C1","answer":"YES|NO|NOT_APPLICABLE","explanation":"...","evidenceFileId":12}}. */
    public record Answer(String code, String answer, String explanation, Long evidenceFileId) {

        ChecklistAnswer toAnswer() {
            return new ChecklistAnswer(code == null ? "" : code,
                    enumValue(ChecklistAnswerChoice.class, answer, "application.invalid.checklistAnswerMissing", code),
                    explanation, evidenceFileId);
        }
    }

    /** The rework of rejected checklist items. */
    public record Rework(List<Answer> checklist) {

        List<ChecklistAnswer> toAnswers() {
            return answers(checklist);
        }
    }

    private static List<ChecklistAnswer> answers(List<Answer> checklist) {
        return checklist == null ? List.of() : checklist.stream().map(Answer::toAnswer).toList();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String messageKey, Object... arguments) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidApplicationException(messageKey, arguments.length == 0 ? new Object[] {String.valueOf(value)} : arguments);
        }
    }

    /** The production request; {@code desiredGoLive} as {@code yyyy-MM-dd}, optional. */
    public record Production(String certificatePem, String metadataBase64, boolean testingCompleted, String desiredGoLive) {

        ProductionRequest toRequest() {
            return new ProductionRequest(certificatePem, decode(metadataBase64), testingCompleted,
                    desiredGoLive == null || desiredGoLive.isBlank() ? null : LocalDate.parse(desiredGoLive));
        }
    }

    /**
     * A task decision: accepted, reason (of a rejection), reference (e.g. the DigiD connection's),
     * and for the checklist assessment one verdict per item: {@code {"code":"C1","accepted":false,"comment":"..."}}.
     */
    public record Decision(Boolean accepted, String reason, String reference, List<Verdict> verdicts) {

        public TaskDecision toDecision() {
            return new TaskDecision(accepted, reason, reference, verdicts == null ? List.of()
                    : verdicts.stream().map(v -> new ItemVerdict(v.code(), v.accepted(), v.comment())).toList());
        }
    }

    /** One checklist item's verdict in a {@link Decision}. */
    public record Verdict(String code, boolean accepted, String comment) {
    }

    private static byte[] decode(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidApplicationException("application.invalid.metadata");
        }
    }
}
