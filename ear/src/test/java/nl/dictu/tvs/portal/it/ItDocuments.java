package nl.dictu.tvs.portal.it;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import nl.dictu.tvs.portal.document.seal.DemoSealingKeySource;
import nl.dictu.tvs.portal.document.seal.DocumentSealVerifier;
import nl.dictu.tvs.portal.document.seal.Pkcs12SealingKeySource;
import nl.dictu.tvs.portal.document.seal.SealVerification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on the documents the shared server issued: their seal, their hash, the PDF a mail carries. */
final class ItDocuments {

    private ItDocuments() {
    }

    /** Verified against the demo sealing key the server keeps in its data directory. */
    static SealVerification verifySeal(byte[] pdf) {
        Path dataDir = Path.of(PortalServer.shared().environment().get("TVS_DATA_DIR"));
        var key = new Pkcs12SealingKeySource(dataDir.resolve(DemoSealingKeySource.FILE_NAME),
                DemoSealingKeySource.PASSWORD.toCharArray(), null).sealingKey();
        return new DocumentSealVerifier(key.certificate()).verify(pdf);
    }

    /** The application's document of this kind ({@code TERMINATION_CONFIRMATION}, ...), downloaded through the API. */
    static byte[] documentOfKind(ApiSession session, String reference, String kind) {
        String documents = session.get("/api/applications/" + reference + "/documents").body();
        Matcher document = Pattern.compile("\\{[^{}]*\"kind\":\"" + kind + "\"[^{}]*}")
                .matcher(documents);
        assertThat(document.find()).as(kind + " in " + documents).isTrue();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(document.group());
        assertThat(id.find()).isTrue();
        HttpResponse<byte[]> pdf = session.download("/api/applications/" + reference + "/documents/" + id.group(1));
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdf.body();
    }

    /** The PDF's text, page by page, as PDFBox reads it. */
    static String text(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's PDF attachment, if it has one: (file name, bytes). */
    static Optional<Attachment> pdfAttachment(MimeMessage message) {
        try {
            if (!(message.getContent() instanceof Multipart multipart)) {
                return Optional.empty();
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.isMimeType("application/pdf")) {
                    try (InputStream in = part.getInputStream()) {
                        return Optional.of(new Attachment(part.getFileName(), in.readAllBytes()));
                    }
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Attachment(String fileName, byte[] content) {
    }
}
