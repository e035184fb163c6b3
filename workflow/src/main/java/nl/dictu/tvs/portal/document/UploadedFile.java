package nl.dictu.tvs.portal.document;

import java.util.Objects;

/**
 * A file the applicant uploaded, under the name it was uploaded with, identified by its SHA-256
 * (hex).
 *
 * @param kind     what the file is; null when not known
 * @param itemCode the checklist item a piece of evidence belongs to, else null
 */
public record UploadedFile(String fileName, String sha256, UploadKind kind, String itemCode) {

    public UploadedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** A file of no particular kind. */
    public UploadedFile(String fileName, String sha256) {
        this(fileName, sha256, null, null);
    }
}
