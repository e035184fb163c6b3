package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.DocumentType;
import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.document.IssueContext;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        String input = type.name() + '\n' + context.language().toLanguageTag() + '\n' + context.issuedAt() + '\n'
                + canonicalJson;
        return Arrays.copyOf(Sha256.digest(input.getBytes(StandardCharsets.UTF_8)), 16);
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
}
