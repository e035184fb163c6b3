package nl.dictu.tvs.portal.domain.user;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * PBKDF2-HMAC-SHA512 password hashes in the self-describing form
 * {@code pbkdf2-sha512$<iterations>$<salt>$<hash>} (Base64), so the work factor can be raised
 * later without invalidating stored hashes: {@link #needsRehash} tells when to upgrade on login.
 */
public final class PasswordHash {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. */
    public static final int ITERATIONS = 210_000;
    public static final int MAX_LENGTH = 200;

    private static final String SCHEME = "pbkdf2-sha512";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified against when the user does not exist, so timing does not reveal user names. */
    private static final String DUMMY = hash("not-a-real-password".toCharArray());

    private PasswordHash() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encode(ITERATIONS, salt, derive(password, salt, ITERATIONS, HASH_BITS));
    }

    public static boolean verify(char[] password, String stored) {
        Objects.requireNonNull(password, "password");
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password, salt, iterations, expected.length * 8);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the same time as a real verification; used when no account matches. */
    public static void verifyAgainstDummy(char[] password) {
        verify(password, DUMMY);
    }

    public static boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        return parts.length != 4 || !SCHEME.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
    }

    private static String encode(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java SE 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
