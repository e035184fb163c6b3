package nl.dictu.tvs.portal.it;

/** The demo accounts as the README lists them, with the page each lands on. */
public enum DemoAccount {
    APPLICANT("aanvrager", "/applicant/index.xhtml", "Mijn aanvragen"),
    REVIEWER("beoordelaar", "/reviewer/index.xhtml", "Takenlijst"),
    REVIEWER_2("beoordelaar2", "/reviewer/index.xhtml", "Takenlijst"),
    ADMIN("beheerder", "/admin/index.xhtml", "Beheer"),
    /** The applicant of the second demo organisation, Gemeente Buurdorp. */
    NEIGHBOUR("buurdorp", "/applicant/index.xhtml", "Mijn aanvragen"),
    /** The applicant of the demo care provider, Fysiotherapie De Polder (URA 55555555, not on the ALB list). */
    CARE_PROVIDER("zorg", "/applicant/index.xhtml", "Mijn aanvragen"),
    /** The member of the demo supplier, Leverancier Clusterdiensten (a Leverancier Clusteraansluiting). */
    SUPPLIER("leverancier", "/applicant/index.xhtml", "Mijn aanvragen");

    public static final String PASSWORD = "tvs-demo";

    public final String username;
    public final String landingPage;
    public final String landingTitle;

    DemoAccount(String username, String landingPage, String landingTitle) {
        this.username = username;
        this.landingPage = landingPage;
        this.landingTitle = landingTitle;
    }
}
