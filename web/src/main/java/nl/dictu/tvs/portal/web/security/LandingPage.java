package nl.dictu.tvs.portal.web.security;

import java.util.function.Predicate;

/** Where each role starts after signing in, and the guard against open redirects. */
public final class LandingPage {

    public static final String LOGIN = "/login.xhtml";
    public static final String APPLICANT = "/applicant/index.xhtml";
    public static final String REVIEWER = "/reviewer/index.xhtml";
    public static final String ADMIN = "/admin/index.xhtml";

    private LandingPage() {
    }

    /** The first landing page the user's roles allow: reviewer work before administration. */
    public static String forRoles(Predicate<String> hasRole) {
        if (hasRole.test("applicant")) {
            return APPLICANT;
        }
        if (hasRole.test("reviewer")) {
            return REVIEWER;
        }
        if (hasRole.test("admin")) {
            return ADMIN;
        }
        return "/error/403.xhtml";
    }

    /**
     * Accepts only a path inside this application ("/reviewer/index.xhtml?x=1"), never a URL to
     * another host ("//evil.example", "https://...", "/\evil"), and never the login page itself.
     */
    public static boolean isSafeReturnPath(String path) {
        return path != null && path.length() <= 500 && path.startsWith("/") && !path.startsWith("//")
                && !path.contains("\\") && !path.contains("://") && path.chars().noneMatch(Character::isISOControl)
                && !path.startsWith(LOGIN) && !path.startsWith("/login?") && !path.equals("/login");
    }
}
