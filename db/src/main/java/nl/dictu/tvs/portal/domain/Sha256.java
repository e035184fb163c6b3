package nl.dictu.tvs.portal.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one hash the portal records: it names exactly which file, certificate, document or token it saw. */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK provides SHA-256", e);
        }
    }

    /** Lower-case hex, 64 characters. */
    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(digest(content));
    }
}
