package nl.dictu.tvs.portal.domain.document;

import java.time.Instant;

/** A stored document without its bytes: what a list of an application's documents shows. */
public record DocumentSummary(long id, DocumentKind kind, int round, String language, String fileName, int size,
                              String sha256, Instant createdAt) {
}
