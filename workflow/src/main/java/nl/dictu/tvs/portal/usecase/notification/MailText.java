package nl.dictu.tvs.portal.usecase.notification;

/** The subject and body patterns of a mail template ({@code {0}} reference, {@code {1}} task, {@code {2}} reason). */
public record MailText(String subject, String body) {
}
