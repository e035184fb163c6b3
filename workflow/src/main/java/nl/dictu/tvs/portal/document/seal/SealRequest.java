package nl.dictu.tvs.portal.document.seal;

import java.time.Instant;
import java.util.Objects;

/**
 * What goes in the signature dictionary besides the CMS: when (the /M, the claimed signing time,
 * passed in so a retry seals identically), why and where, and a number that seeds the /ID of the
 * incremental update (PDFBox would otherwise use the clock).
 */
public record SealRequest(Instant sealedAt, String reason, String location, long idSeed) {

    public SealRequest {
        Objects.requireNonNull(sealedAt, "sealedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
    }
}
