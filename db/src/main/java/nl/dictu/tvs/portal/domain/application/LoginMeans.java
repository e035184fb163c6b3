package nl.dictu.tvs.portal.domain.application;

/** The identity schemes TVS routes to. */
public enum LoginMeans {
    DIGID,
    EHERKENNING,
    EIDAS
}
