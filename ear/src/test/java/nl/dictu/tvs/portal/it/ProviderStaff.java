package nl.dictu.tvs.portal.it;

/** The staff members of the test realm (src/test/resources/keycloak/tvs-realm.json), each with their TOTP secret. */
enum ProviderStaff {
    REVIEWER("kc-beoordelaar", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
    REVIEWER_2("kc-beoordelaar2", "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA"),
    ADMIN("kc-beheerder", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
    /** Only for the server outside demo mode (DemoModeOffIT), so no other test uses up its codes. */
    FIRST_ADMIN("kc-eerste-beheerder", "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U");

    final String username;
    final String totpSecret;

    ProviderStaff(String username, String totpSecret) {
        this.username = username;
        this.totpSecret = totpSecret;
    }
}
