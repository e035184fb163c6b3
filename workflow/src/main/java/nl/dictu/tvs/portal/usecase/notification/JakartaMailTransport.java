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
            MimeMessage message = new MimeMessage(session);
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
