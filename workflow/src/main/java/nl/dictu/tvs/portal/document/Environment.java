package nl.dictu.tvs.portal.document;

/** The TVS environment a service number was issued for. */
public enum Environment {
    PREPRODUCTION,
    PRODUCTION;

    public String messageKey() {
        return "document.environment." + name();
    }
}
