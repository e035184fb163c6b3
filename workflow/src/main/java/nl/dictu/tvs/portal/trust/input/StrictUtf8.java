package nl.dictu.tvs.portal.trust.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes bytes as UTF-8 and refuses anything else: invalid sequences and UTF-16/UTF-32 byte order marks
 * (a UTF-16 file often decodes "successfully" as garbage, so the BOM is checked first).
 * A UTF-8 byte order mark is dropped.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The text, or empty when the bytes are not UTF-8. */
    public static Optional<String> decode(byte[] content) {
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            return Optional.empty();
        }
        int offset = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (isAscii(content, offset)) {
            // Plain ASCII is UTF-8 as it is: one copy, no decoder.
            String text = new String(content, offset, content.length - offset, StandardCharsets.US_ASCII);
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isAscii(byte[] content, int offset) {
        for (int i = offset; i < content.length; i++) {
            if (content[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
