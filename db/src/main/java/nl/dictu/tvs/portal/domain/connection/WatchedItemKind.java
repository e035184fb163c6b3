package nl.dictu.tvs.portal.domain.connection;

/** What of a live connection can expire. */
public enum WatchedItemKind {
    SIGNING_CERTIFICATE,
    ENCRYPTION_CERTIFICATE,
    METADATA_VALID_UNTIL
}
