package nl.dictu.tvs.portal.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one hash the portal records: it names exactly which file, certificate, document or token it saw. */
public final class Sha256 {

    /** One digest per thread: the provider lookup costs more than hashing a certificate; digest() resets it. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK provides SHA-256", e);
        }
    });

    private Sha256() {
    }

    public static byte[] digest(byte[] content) {
        return DIGEST.get().digest(content);
    }

    /** Lower-case hex, 64 characters. */
    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(digest(content));
    }
}
