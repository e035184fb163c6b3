package nl.dictu.tvs.portal.domain.connection;

/** What a rollover certificate is listed for in the metadata's KeyDescriptors. */
public enum RolloverUse {
    SIGNING,
    ENCRYPTION;

    /** The kind of watched item a certificate of this use is. */
    public WatchedItemKind watchedKind() {
        return this == SIGNING ? WatchedItemKind.SIGNING_CERTIFICATE : WatchedItemKind.ENCRYPTION_CERTIFICATE;
    }
}
