package nl.dictu.tvs.portal.usecase.applying;

import nl.dictu.tvs.portal.shared.findings.ReadableFinding;
import java.io.Serializable;
import java.util.List;

/**
 * The trust check of a draft's certificate and metadata: the findings, and what was read from them
 * (label key and value per line: entityID, endpoints, certificate subject, OIN, expiry).
 */
public record UploadCheckView(List<ReadableFinding> findings, List<ReadLine> read) implements Serializable {

    /** One thing read from the uploads; {@code labelKey} is a bundle key. */
    public record ReadLine(String labelKey, String value) implements Serializable {
    }

    public UploadCheckView {
        findings = List.copyOf(findings);
        read = List.copyOf(read);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(ReadableFinding::isError);
    }
}
