package nl.dictu.tvs.portal.usecase.administration;

import java.io.Serializable;
import java.time.Instant;

/** A version of the checklist or of the terms as the administration lists it. */
public record PublicationVersionView(String label, boolean published, boolean current, String createdBy, Instant createdAt,
                                     String publishedBy, Instant publishedAt, int items) implements Serializable {
}
