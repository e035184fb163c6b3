package nl.dictu.tvs.portal.usecase.change;

/** The export of what to load into TVS for an applied change, as a file to download (JSON). */
public record ExportFile(String fileName, byte[] content) {

    public ExportFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
