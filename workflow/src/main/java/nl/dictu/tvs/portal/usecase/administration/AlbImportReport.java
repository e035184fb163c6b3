package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.trust.finding.Finding;

import java.util.List;

/**
 * What became of an uploaded ALB file: accepted (the list now holds {@code importedCount} organisations)
 * or rejected with every problem found, each bad line with its number ({@code evidence.line}); a rejected
 * file changed nothing.
 *
 * @param sha256    lower-case hex SHA-256 of the uploaded bytes
 * @param lineCount lines of the file, when it could be read as text; 0 otherwise
 */
public record AlbImportReport(boolean accepted, int importedCount, List<Finding> problems, String sha256, int lineCount) {

    public AlbImportReport {
        problems = List.copyOf(problems);
    }
}
