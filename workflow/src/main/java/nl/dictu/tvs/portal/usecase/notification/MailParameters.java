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
 * @param link             a link the mail hands over, made when it is sent (an invitation's), or empty
 * @param invitation       the id of the invitation whose link the mail carries, or empty: the link
 *                         itself is made when the mail is sent ({@link InvitationLinks}), never stored
 * @param registration     the id of the demo registration whose link the mail carries, or empty: made
 *                         when the mail is sent, like an invitation's
 */
public record MailParameters(String reference, String relatedTask, String rejectionReason, String organisationName,
                             String link, String invitation, String registration) {

    public MailParameters {
        reference = reference == null ? "" : reference;
        relatedTask = relatedTask == null ? "" : relatedTask;
        rejectionReason = rejectionReason == null ? "" : rejectionReason;
        organisationName = organisationName == null ? "" : organisationName;
        link = link == null ? "" : link;
        invitation = invitation == null ? "" : invitation;
        registration = registration == null ? "" : registration;
    }

    /** The parameters of a mail about an application. */
    public MailParameters(String reference, String relatedTask, String rejectionReason) {
        this(reference, relatedTask, rejectionReason, "", "", "", "");
    }

    /** The parameters of an invitation to join an organisation: its link is made when the mail is sent. */
    public static MailParameters invitation(String organisationName, long invitationId) {
        return new MailParameters("", "", "", organisationName, "", String.valueOf(invitationId), "");
    }

    /** The parameters of the mail that completes a demo registration: its link is made when the mail is sent. */
    public static MailParameters registration(String organisationName, long registrationId) {
        return new MailParameters("", "", "", organisationName, "", "", String.valueOf(registrationId));
    }

    /**
     * The parameters of an announcement's mail, in the recipient's language: its title as {3} and
     * its period and text as {2}; neither is kept after sending.
     */
    public static MailParameters announcement(String title, String periodAndText) {
        return new MailParameters("", "", periodAndText, title, "", "", "");
    }

    /** These parameters with the link the mail hands over. */
    public MailParameters withLink(String newLink) {
        return new MailParameters(reference, relatedTask, rejectionReason, organisationName, newLink, invitation, registration);
    }

    /**
     * What a sent mail keeps of its parameters: the application it was about, for the outbox page;
     * names, reasons and links go.
     */
    public static String keptAfterSending(String json) {
        return new MailParameters(fromJson(json).reference(), "", "").toJson();
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
        if (!invitation.isEmpty()) {
            values.put("invitation", invitation);
        }
        if (!registration.isEmpty()) {
            values.put("registration", registration);
        }
        return Json.write(values);
    }

    public static MailParameters fromJson(String json) {
        if (!(Json.read(json) instanceof Map<?, ?> values)) {
            throw new IllegalArgumentException("mail parameters are not a JSON object: " + json);
        }
        return new MailParameters((String) values.get("reference"), (String) values.get("relatedTask"),
                (String) values.get("rejectionReason"), (String) values.get("organisationName"),
                (String) values.get("link"), (String) values.get("invitation"),
                (String) values.get("registration"));
    }
}
