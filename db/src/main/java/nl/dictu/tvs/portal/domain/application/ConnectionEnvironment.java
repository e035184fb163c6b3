package nl.dictu.tvs.portal.domain.application;

/** Where a web service is connected: the acceptance environment or the live one. */
public enum ConnectionEnvironment {
    PREPRODUCTION,
    PRODUCTION
}
