package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.trust.input.StrictUtf8;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides what an upload is from its first bytes and refuses what its purpose does not accept:
 * certificates (PEM or DER), SAML metadata (UTF-8 XML), evidence (PDF, PNG, JPEG), RvIG decisions
 * (PDF), security assessments (PDF). Refusals carry a bundle key with the file name and limit, so the person knows what to do.
 */
public final class UploadInspector {

    public static final String PEM = "application/x-pem-file";
    public static final String DER = "application/pkix-cert";
    public static final String XML = "application/samlmetadata+xml";
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private UploadInspector() {
    }

    /** The media type the content proves to be, or a refusal naming the file and what is accepted. */
    public static String inspect(FilePurpose purpose, String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "?" : fileName;
        if (content == null || content.length == 0) {
            throw new InvalidApplicationException("upload.empty", name);
        }
        if (content.length > purpose.maxBytes()) {
            throw new InvalidApplicationException("upload.tooLarge", name, purpose.maxBytes() / (1024 * 1024));
        }
        Optional<String> type = switch (purpose) {
            case CERTIFICATE -> certificate(content);
            case METADATA -> xml(content);
            case CHECKLIST_EVIDENCE -> firstOf(content, List.of(PDF, PNG, JPEG));
            case ALB_DECISION, SECURITY_ASSESSMENT -> firstOf(content, List.of(PDF));
        };
        return type.orElseThrow(() -> new InvalidApplicationException("upload.wrongType." + purpose.name(), name));
    }

    private static Optional<String> certificate(byte[] content) {
        String text = new String(content, StandardCharsets.US_ASCII);
        boolean pem = text.contains("-----BEGIN CERTIFICATE-----");
        if (!pem && content[0] != 0x30) {
            return Optional.empty();
        }
        try {
            boolean parsed = !CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(content)).isEmpty();
            return parsed ? Optional.of(pem ? PEM : DER) : Optional.empty();
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> xml(byte[] content) {
        return StrictUtf8.decode(content)
                .filter(text -> text.stripLeading().startsWith("<"))
                .map(text -> XML);
    }

    private static Optional<String> firstOf(byte[] content, List<String> accepted) {
        return accepted.stream().filter(type -> startsWith(content, magic(type))).findFirst();
    }

    private static byte[] magic(String type) {
        return switch (type) {
            case PDF -> PDF_MAGIC;
            case PNG -> PNG_MAGIC;
            case JPEG -> JPEG_MAGIC;
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
