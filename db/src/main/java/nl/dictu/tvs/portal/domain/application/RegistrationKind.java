package nl.dictu.tvs.portal.domain.application;

/** What DICTU registered for an application. */
public enum RegistrationKind {
    EENMALIG_INLOGGEN,
    PREPRODUCTION,
    PRODUCTION
}
