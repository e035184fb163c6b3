package nl.dictu.tvs.portal.mail;

/** Hands a rendered mail to the mail server. */
public interface MailTransport {

    /** @throws MailDeliveryException when the mail server does not accept the mail */
    void send(RenderedMail mail);
}
