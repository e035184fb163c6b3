package nl.dictu.tvs.portal.mail;

import nl.dictu.tvs.portal.trust.finding.JsonText;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a mail template fills in, stored as a flat JSON object with the queued mail, so the
 * text is rendered when it is sent, in the recipient's language.
 *
 * @param relatedTask     BPMN element id of the task a reminder or escalation is about, or empty
 * @param rejectionReason the reviewer's reason for a rejection, or empty
 */
public record MailParameters(String reference, String relatedTask, String rejectionReason) {

    public MailParameters {
        reference = reference == null ? "" : reference;
        relatedTask = relatedTask == null ? "" : relatedTask;
        rejectionReason = rejectionReason == null ? "" : rejectionReason;
    }

    public String toJson() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", reference);
        values.put("relatedTask", relatedTask);
        values.put("rejectionReason", rejectionReason);
        StringBuilder out = new StringBuilder();
        JsonText.appendObject(out, values);
        return out.toString();
    }

    public static MailParameters fromJson(String json) {
        if (!(JsonText.parse(json) instanceof Map<?, ?> values)) {
            throw new IllegalArgumentException("mail parameters are not a JSON object: " + json);
        }
        return new MailParameters((String) values.get("reference"), (String) values.get("relatedTask"),
                (String) values.get("rejectionReason"));
    }
}
