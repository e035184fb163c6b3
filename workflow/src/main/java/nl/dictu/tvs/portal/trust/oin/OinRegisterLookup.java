package nl.dictu.tvs.portal.trust.oin;

import java.util.Optional;

/**
 * A lookup in Logius' OIN register (COR). Optional and off by default: the register needs an API key, is
 * unreachable from test machines, and since 2025 only lists special organisations and SubOINs, so a miss
 * never makes an OIN invalid.
 */
public interface OinRegisterLookup {

    /** False for the no-op lookup: then no register finding is produced at all. */
    boolean isEnabled();

    Optional<OinRegisterEntry> find(String oin);
}
