package nl.dictu.tvs.portal.domain.change;

/** The route a change request takes: one reviewer's confirmation (or none, by setting) or assessment and four-eyes approval. */
public enum ChangeLane {
    /** Certificates or metadata only, and the trust checks pass. */
    FAST,
    /** Everything else: services, levels, login means, contacts, or checks with findings. */
    REVIEWED
}
