package nl.dictu.tvs.portal.usecase.administration;

import java.security.SecureRandom;

/**
 * A password an admin hands over once: 20 characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), about 110 bits of randomness, in groups of five for reading aloud.
 */
public final class OneTimePassword {

    static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {
    }

    public static String generate() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
