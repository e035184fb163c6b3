package nl.dictu.tvs.portal.domain.user;

/**
 * The portal's roles. The lower-case name is the role name the container and the web layer use.
 */
public enum Role {
    APPLICANT,
    REVIEWER,
    ADMIN;

    public String roleName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static final String APPLICANT_NAME = "applicant";
    public static final String REVIEWER_NAME = "reviewer";
    public static final String ADMIN_NAME = "admin";
}
