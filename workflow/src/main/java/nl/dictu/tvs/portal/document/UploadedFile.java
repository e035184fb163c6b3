package nl.dictu.tvs.portal.document;

import java.util.Objects;

/** A file the applicant uploaded, identified by its SHA-256 (hex). */
public record UploadedFile(String fileName, String sha256) {

    public UploadedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
    }
}
