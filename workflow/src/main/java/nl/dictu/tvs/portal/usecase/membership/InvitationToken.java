package nl.dictu.tvs.portal.usecase.membership;

import nl.dictu.tvs.portal.domain.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** The secret in an invitation link: 256 random bits, URL-safe; only its SHA-256 is stored. */
final class InvitationToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final int MAX_LENGTH = 100;

    private InvitationToken() {
    }

    static String generate() {
        byte[] token = new byte[BYTES];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    static String sha256(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }

    /** Anything else cannot be a token this portal handed out; it is not even looked up. */
    static boolean isWellFormed(String token) {
        return token != null && !token.isEmpty() && token.length() <= MAX_LENGTH
                && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
