package nl.dictu.tvs.portal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the shared portal sends to: one GreenMail per test JVM on 127.0.0.1 and a free
 * port, started before the server, so the server's environment can point at it.
 */
public final class ItMail {

    private static final Pattern REGISTRATION_LINK = Pattern.compile("http\\S+/register\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private static GreenMail greenMail;
    private static int port;

    private ItMail() {
    }

    public static synchronized Map<String, String> serverEnvironment() {
        if (greenMail == null) {
            port = freePort();
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        }
        return Map.of("TVS_SMTP_HOST", "127.0.0.1", "TVS_SMTP_PORT", String.valueOf(port));
    }

    /** Waits until a received mail matches, or fails after the timeout. */
    public static MimeMessage awaitMail(Predicate<MimeMessage> matching, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages()).filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            PortalServer.sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("No matching mail within " + timeout + "; received: " + Arrays.stream(greenMail.getReceivedMessages())
                .map(ItMail::subject).toList());
    }

    /**
     * Forgets every mail received so far. For a test that runs servers on a database of its own (ClusterIT): its
     * references start anew there, so its mail and the shared server's could carry the same reference.
     */
    public static synchronized void purge() {
        if (greenMail == null) {
            return;
        }
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException("GreenMail could not forget its mail", e);
        }
    }

    public static long count(Predicate<MimeMessage> matching) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(matching).count();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a mail (the portal sends plain text). */
    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits for the mail to this address (as the portal stores it: lower case) whose link completes a
     * demo registration, and returns the link's token, as its owner would click it.
     */
    public static String registrationToken(String address) {
        MimeMessage mail = awaitMail(m -> isTo(m, address) && REGISTRATION_LINK.matcher(text(m)).find(),
                Duration.ofSeconds(60));
        Matcher link = REGISTRATION_LINK.matcher(text(mail));
        if (!link.find()) {
            throw new AssertionError("no registration link in " + text(mail));
        }
        return link.group(1);
    }

    public static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
