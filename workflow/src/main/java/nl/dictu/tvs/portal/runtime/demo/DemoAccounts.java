package nl.dictu.tvs.portal.runtime.demo;

import nl.dictu.tvs.portal.domain.user.Role;

import java.util.List;
import java.util.Set;

/** The demo accounts; the README lists the same. Only ever created in demo mode. */
public final class DemoAccounts {

    public static final String PASSWORD = "tvs-demo";
    public static final String ORGANISATION_OIN = "00000099123456789000";
    public static final String ORGANISATION_NAME = "Gemeente Voorbeeldstad";
    public static final String DEMO_REFERENCE = "TVS-DEMO-00001";
    /** The applicant who submitted the demo application. */
    public static final String APPLICANT = "aanvrager";

    /** A second organisation with one applicant: what one organisation may not see of another's. */
    public static final String NEIGHBOUR_OIN = "00000099987654321000";
    public static final String NEIGHBOUR_NAME = "Gemeente Buurdorp";

    /** A care provider (zorgaanbieder) with its URA, not on the ALB list: proves its BSN entitlement otherwise. */
    public static final String CARE_PROVIDER_OIN = "00000099555555550000";
    public static final String CARE_PROVIDER_NAME = "Fysiotherapie De Polder";
    public static final String CARE_PROVIDER_URA = "55555555";

    /**
     * A supplier (Leverancier Clusteraansluiting): its member applies for cluster connections of the organisations
     * that gave it a mandate. Its own OIN is not on the ALB list, nor needs to be.
     */
    public static final String SUPPLIER_OIN = "00000099444444440000";
    public static final String SUPPLIER_NAME = "Leverancier Clusterdiensten";

    /** One demo account. */
    public record Account(String username, String displayName, Set<Role> roles) {
    }

    public static final List<Account> ALL = List.of(
            new Account("aanvrager", "Anne Aanvrager", Set.of(Role.APPLICANT)),
            new Account("beoordelaar", "Bram Beoordelaar", Set.of(Role.REVIEWER)),
            new Account("beoordelaar2", "Bea Beoordelaar", Set.of(Role.REVIEWER)),
            new Account("beheerder", "Henk Beheerder", Set.of(Role.ADMIN)));

    /** The applicant of {@link #NEIGHBOUR_NAME}. */
    public static final Account NEIGHBOUR_APPLICANT = new Account("buurdorp", "Bas Buurdorp", Set.of(Role.APPLICANT));

    /** The applicant of {@link #CARE_PROVIDER_NAME}. */
    public static final Account CARE_PROVIDER_APPLICANT = new Account("zorg", "Zoë Zorg", Set.of(Role.APPLICANT));

    /** The member of {@link #SUPPLIER_NAME}. */
    public static final Account SUPPLIER_MEMBER = new Account("leverancier", "Lars Leverancier", Set.of(Role.APPLICANT));

    /** A signatory of {@link #ORGANISATION_NAME}: accepts a supplier's mandate for the municipality. */
    public static final Account SIGNATORY = new Account("tekenaar", "Tessa Tekenaar", Set.of(Role.APPLICANT));

    private DemoAccounts() {
    }
}
