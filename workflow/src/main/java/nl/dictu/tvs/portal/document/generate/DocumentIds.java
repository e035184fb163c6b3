package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.DocumentType;
import nl.dictu.tvs.portal.document.IssueContext;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Document IDs derived from what the document is made of: type, language, moment and the
 * canonical JSON of the input. No random numbers and no clock, so a retried job issues the same
 * document, and a different input can never get the ID of an earlier document.
 */
final class DocumentIds {

    private DocumentIds() {
    }

    /** 16 bytes: the trailer /ID and the XMP document ID. */
    static byte[] derive(DocumentType type, IssueContext context, String canonicalJson) {
        MessageDigest sha256 = sha256();
        sha256.update((type.name() + '\n' + context.language().toLanguageTag() + '\n' + context.issuedAt() + '\n')
                .getBytes(StandardCharsets.UTF_8));
        sha256.update(canonicalJson.getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(sha256.digest(), 16);
    }

    /** The ID as people see it, in UUID notation. */
    static String text(byte[] id) {
        ByteBuffer buffer = ByteBuffer.wrap(id);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }

    /** The seed PDFBox uses for the /ID of the sealing update. */
    static long seed(byte[] id) {
        return ByteBuffer.wrap(id).getLong();
    }

    static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
