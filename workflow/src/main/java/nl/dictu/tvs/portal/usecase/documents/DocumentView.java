package nl.dictu.tvs.portal.usecase.documents;

import java.time.Instant;

/**
 * One issued document of an application, as the applicant's and the reviewer's pages list it.
 *
 * @param kind  {@code RECEIPT}, {@code CHECKLIST_ASSESSMENT}, ...; the label is {@code document.kind.<kind>}
 * @param round the version (receipt), assessment round or dossier state it belongs to
 */
public record DocumentView(long id, String kind, int round, String language, String fileName, Instant createdAt,
                           int size, String sha256) {

    /** The size in kilobytes, rounded up (a document is never shown as 0 kB). */
    public long kilobytes() {
        return (size + 1023L) / 1024L;
    }
}
