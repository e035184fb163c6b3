package nl.dictu.tvs.portal.usecase.notification;

/** Hands a rendered mail to the mail server. */
public interface MailTransport {

    /** @throws MailDeliveryException when the mail server does not accept the mail */
    void send(RenderedMail mail);
}
