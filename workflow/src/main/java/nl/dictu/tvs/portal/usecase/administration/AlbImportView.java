package nl.dictu.tvs.portal.usecase.administration;

import java.time.Instant;

/** One accepted ALB import as the admin page shows it: who imported which file (name, SHA-256) when. */
public record AlbImportView(Instant importedAt, String importedBy, String fileName, String sha256, int lineCount,
                            int entryCount) {
}
