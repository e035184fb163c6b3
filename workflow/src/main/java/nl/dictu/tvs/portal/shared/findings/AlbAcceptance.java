package nl.dictu.tvs.portal.shared.findings;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An RvIG decision a reviewer accepted for an application: it resolves the application's
 * "not on the ALB list" finding wherever that finding is shown.
 *
 * @param reference  what identifies the decision (the reviewer's reference of it, else its file name)
 * @param acceptedBy the reviewer who accepted it
 * @param acceptedAt when
 */
public record AlbAcceptance(String reference, String acceptedBy, Instant acceptedAt) implements Serializable {

    public AlbAcceptance {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
