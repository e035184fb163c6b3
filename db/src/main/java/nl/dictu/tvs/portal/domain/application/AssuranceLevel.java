package nl.dictu.tvs.portal.domain.application;

/**
 * The minimum assurance level a service demands, per login means. Each value belongs to one login
 * means; a service names at most one level per login means. Each value is the means' own label for a
 * level on the eID scale ({@link EidLevel}), on which TVS registers the service's one minimum level.
 */
public enum AssuranceLevel {
    DIGID_BASIS(LoginMeans.DIGID, EidLevel.BASIC),
    DIGID_MIDDEN(LoginMeans.DIGID, EidLevel.LOW),
    DIGID_SUBSTANTIEEL(LoginMeans.DIGID, EidLevel.SUBSTANTIAL),
    DIGID_HOOG(LoginMeans.DIGID, EidLevel.HIGH),
    EH2(LoginMeans.EHERKENNING, EidLevel.LOW),
    EH2_PLUS(LoginMeans.EHERKENNING, EidLevel.LOW),
    EH3(LoginMeans.EHERKENNING, EidLevel.SUBSTANTIAL),
    EH4(LoginMeans.EHERKENNING, EidLevel.HIGH),
    EIDAS_LOW(LoginMeans.EIDAS, EidLevel.LOW),
    EIDAS_SUBSTANTIAL(LoginMeans.EIDAS, EidLevel.SUBSTANTIAL),
    EIDAS_HIGH(LoginMeans.EIDAS, EidLevel.HIGH);

    private final LoginMeans loginMeans;
    private final EidLevel eidLevel;

    AssuranceLevel(LoginMeans loginMeans, EidLevel eidLevel) {
        this.loginMeans = loginMeans;
        this.eidLevel = eidLevel;
    }

    /** Where this level sits on the eID scale. */
    public EidLevel eidLevel() {
        return eidLevel;
    }

    public LoginMeans loginMeans() {
        return loginMeans;
    }
}
