package nl.dictu.tvs.portal.usecase.rollover;

import java.security.cert.X509Certificate;
import java.util.Objects;

/** A rollover that passed the rules: the next certificate and the current one the metadata lists beside it. */
public record CheckedRollover(X509Certificate next, X509Certificate current) {

    public CheckedRollover {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(current, "current");
    }
}
