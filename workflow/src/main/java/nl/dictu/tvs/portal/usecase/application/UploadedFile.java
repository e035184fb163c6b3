package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFile;

import java.time.Instant;

/** What the pages show of an uploaded file; never its bytes. */
public record UploadedFile(long id, FilePurpose purpose, String fileName, String mediaType, long sizeBytes,
                           String sha256, String uploadedBy, Instant uploadedAt) {

    static UploadedFile of(StoredFile file) {
        return new UploadedFile(file.getId(), file.getPurpose(), file.getFileName(), file.getMediaType(),
                file.getSizeBytes(), file.getSha256(), file.getUploadedBy(), file.getUploadedAt());
    }
}
