package nl.dictu.tvs.portal.usecase.application;

/** An uploaded file's bytes for a download, with the name, type and fingerprint to send alongside. */
public record FileDownload(String fileName, String mediaType, String sha256, byte[] content) {

    public FileDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
