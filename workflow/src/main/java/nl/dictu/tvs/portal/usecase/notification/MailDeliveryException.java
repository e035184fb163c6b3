package nl.dictu.tvs.portal.usecase.notification;

/** The mail server did not accept a mail; the message says why and is kept with the mail. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
