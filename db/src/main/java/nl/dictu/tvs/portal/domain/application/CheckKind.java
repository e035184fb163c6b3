package nl.dictu.tvs.portal.domain.application;

/** Which checks a stored result comes from. */
public enum CheckKind {
    /** The checks after (re)submission: OIN, certificate, preproduction metadata, ALB. */
    AUTOMATED,
    /** The checks of the production request: production certificate and metadata. */
    PRODUCTION
}
