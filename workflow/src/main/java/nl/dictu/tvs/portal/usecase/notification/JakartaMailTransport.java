package nl.dictu.tvs.portal.usecase.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends through WildFly's mail session {@value #SESSION}, whose SMTP server comes from
 * {@code TVS_SMTP_HOST}/{@code TVS_SMTP_PORT} and sender from {@code TVS_MAIL_FROM}.
 */
@ApplicationScoped
public class JakartaMailTransport implements MailTransport {

    public static final String SESSION = "java:jboss/mail/tvs";

    @Resource(lookup = SESSION)
    private Session session;

    @Override
    public void send(RenderedMail mail) {
        try {
            MimeMessage message = mail.messageIdLocalPart().isPresent()
                    ? new StableIdMessage(session, mail.messageIdLocalPart().get()) : new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.attachment().isPresent()) {
                message.setContent(withAttachment(mail.body(), mail.attachment().get()));
            } else {
                message.setText(mail.body(), StandardCharsets.UTF_8.name());
            }
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailDeliveryException(e.getMessage(), e);
        }
    }

    /**
     * A message whose {@code Message-ID} is {@code <local part@sender's domain>} rather than a new
     * random one at every attempt: a mail delivered twice (a crash after the SMTP server took it and
     * before the outbox marked it) is recognisable as one.
     */
    private static final class StableIdMessage extends MimeMessage {

        private final String localPart;

        StableIdMessage(Session session, String localPart) {
            super(session);
            this.localPart = localPart;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            InternetAddress sender = InternetAddress.getLocalAddress(session);
            String from = sender == null ? "" : sender.getAddress();
            String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1) : "tvs.invalid";
            setHeader("Message-ID", "<" + localPart + "@" + domain + ">");
        }
    }

    private static MimeMultipart withAttachment(String body, MailAttachment attachment) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        file.setFileName(attachment.fileName());
        file.setDisposition(Part.ATTACHMENT);
        return new MimeMultipart(text, file);
    }
}
