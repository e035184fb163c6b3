package nl.dictu.tvs.portal.domain.publication;

/** A draft may change; a published version is frozen and applies to applications started after it. */
public enum PublicationStatus {
    DRAFT,
    PUBLISHED
}
