package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.http.HttpSession;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** A per-session token for the few plain HTML forms that Faces' view state does not protect. */
public final class CsrfToken {

    public static final String PARAMETER = "csrf";
    private static final String ATTRIBUTE = "tvs.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    public static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String created = HexFormat.of().formatHex(bytes);
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    /** Forgets the session's token; the next page gets a new one. */
    static void discard(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }

    public static boolean matches(HttpSession session, String candidate) {
        Object token = session.getAttribute(ATTRIBUTE);
        return token instanceof String expected && candidate != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
    }
}
