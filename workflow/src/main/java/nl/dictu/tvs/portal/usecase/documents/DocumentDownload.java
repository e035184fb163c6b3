package nl.dictu.tvs.portal.usecase.documents;

/** A stored document's bytes as issued, with the name to save them under and their stored SHA-256. */
public record DocumentDownload(String fileName, byte[] content, String sha256) {

    public DocumentDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
