package nl.dictu.tvs.portal.document;

import java.util.Objects;

/**
 * A sealed PDF as issued: its bytes, their SHA-256 (hex, lower case) to store beside them, and the
 * document ID that is also in the PDF's metadata and trailer.
 */
public record IssuedDocument(DocumentType type, String documentId, String fileName, byte[] content, String sha256) {

    public IssuedDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sha256, "sha256");
    }

    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
