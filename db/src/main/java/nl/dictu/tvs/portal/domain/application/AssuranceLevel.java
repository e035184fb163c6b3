package nl.dictu.tvs.portal.domain.application;

/**
 * The minimum assurance level a service demands, per login means. Each value belongs to one login
 * means; a service names at most one level per login means.
 */
public enum AssuranceLevel {
    DIGID_BASIS(LoginMeans.DIGID),
    DIGID_MIDDEN(LoginMeans.DIGID),
    DIGID_SUBSTANTIEEL(LoginMeans.DIGID),
    DIGID_HOOG(LoginMeans.DIGID),
    EH2(LoginMeans.EHERKENNING),
    EH2_PLUS(LoginMeans.EHERKENNING),
    EH3(LoginMeans.EHERKENNING),
    EH4(LoginMeans.EHERKENNING),
    EIDAS_LOW(LoginMeans.EIDAS),
    EIDAS_SUBSTANTIAL(LoginMeans.EIDAS),
    EIDAS_HIGH(LoginMeans.EIDAS);

    private final LoginMeans loginMeans;

    AssuranceLevel(LoginMeans loginMeans) {
        this.loginMeans = loginMeans;
    }

    public LoginMeans loginMeans() {
        return loginMeans;
    }
}
