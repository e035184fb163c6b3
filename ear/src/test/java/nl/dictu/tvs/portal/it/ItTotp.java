package nl.dictu.tvs.portal.it;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;

/** The tests' own TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30 s), as an authenticator app computes it. */
final class ItTotp {

    private static final java.util.regex.Pattern SECRET = java.util.regex.Pattern.compile("id=\"totpSecret\">([A-Z2-7 ]+)<");

    private ItTotp() {
    }

    /** Sets up TOTP on the account page of the signed-in member (a signatory must before anything else). */
    static void enrol(PortalClient session) {
        String page = session.get("/account/totp.xhtml").body();
        String started = session.postForm("/account/totp.xhtml", FacesForm.fields(page, "totpStartForm", "startTotp",
                java.util.Map.of())).body();
        java.util.regex.Matcher shown = SECRET.matcher(started);
        if (!shown.find()) {
            throw new AssertionError("no TOTP secret shown: " + started);
        }
        String confirmed = session.postForm("/account/totp.xhtml", FacesForm.fields(started, "totpConfirmForm", "confirmTotp",
                java.util.Map.of("totpCode", code(shown.group(1).replace(" ", ""))))).body();
        if (!confirmed.contains("id=\"totpEnrolled\"")) {
            throw new AssertionError("TOTP not enrolled: " + confirmed);
        }
    }

    static String code(String base32Secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String code(String base32Secret) {
        return code(base32Secret, Instant.now());
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
