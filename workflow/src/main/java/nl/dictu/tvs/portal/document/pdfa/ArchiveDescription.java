package nl.dictu.tvs.portal.document.pdfa;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The descriptive metadata of one document. {@code documentId} is 16 bytes derived from the input
 * (see {@code DocumentIds}); it becomes the trailer /ID and the XMP document ID, so the same input
 * always yields the same identifiers.
 */
public record ArchiveDescription(
        String title,
        String subject,
        String author,
        String creatorTool,
        Locale language,
        Instant created,
        byte[] documentId,
        PdfaPart part) {

    public ArchiveDescription {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(creatorTool, "creatorTool");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(part, "part");
        if (documentId == null || documentId.length != 16) {
            throw new IllegalArgumentException("documentId must be 16 bytes");
        }
        documentId = documentId.clone();
    }

    @Override
    public byte[] documentId() {
        return documentId.clone();
    }
}
