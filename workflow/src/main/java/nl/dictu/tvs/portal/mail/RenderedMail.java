package nl.dictu.tvs.portal.mail;

/** A mail ready to go: recipient, subject and plain-text body. */
public record RenderedMail(String recipient, String subject, String body) {
}
