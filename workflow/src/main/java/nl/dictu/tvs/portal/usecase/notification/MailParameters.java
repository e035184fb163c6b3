package nl.dictu.tvs.portal.usecase.notification;

import nl.dictu.tvs.portal.shared.json.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a mail template fills in, stored as a flat JSON object with the queued mail, so the
 * text is rendered when it is sent, in the recipient's language.
 *
 * @param relatedTask     BPMN element id of the task a reminder or escalation is about, or empty
 * @param rejectionReason the reviewer's reason for a rejection, or empty
 * @param organisationName the organisation the mail is about (an invitation), or empty
 * @param link             a link the mail hands over (an invitation), or empty
 */
public record MailParameters(String reference, String relatedTask, String rejectionReason, String organisationName,
                             String link) {

    public MailParameters {
        reference = reference == null ? "" : reference;
        relatedTask = relatedTask == null ? "" : relatedTask;
        rejectionReason = rejectionReason == null ? "" : rejectionReason;
        organisationName = organisationName == null ? "" : organisationName;
        link = link == null ? "" : link;
    }

    /** The parameters of a mail about an application. */
    public MailParameters(String reference, String relatedTask, String rejectionReason) {
        this(reference, relatedTask, rejectionReason, "", "");
    }

    /** The parameters of an invitation to join an organisation. */
    public static MailParameters invitation(String organisationName, String link) {
        return new MailParameters("", "", "", organisationName, link);
    }

    public String toJson() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", reference);
        values.put("relatedTask", relatedTask);
        values.put("rejectionReason", rejectionReason);
        if (!organisationName.isEmpty() || !link.isEmpty()) {
            values.put("organisationName", organisationName);
            values.put("link", link);
        }
        return Json.write(values);
    }

    public static MailParameters fromJson(String json) {
        if (!(Json.read(json) instanceof Map<?, ?> values)) {
            throw new IllegalArgumentException("mail parameters are not a JSON object: " + json);
        }
        return new MailParameters((String) values.get("reference"), (String) values.get("relatedTask"),
                (String) values.get("rejectionReason"), (String) values.get("organisationName"),
                (String) values.get("link"));
    }
}
