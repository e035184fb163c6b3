package nl.dictu.tvs.portal.trust.certificate;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads one attribute of an X.500 name straight from its DER encoding, without building the whole name: every
 * certificate the metadata lists has its OIN read, and BouncyCastle's {@code X500Name} costs several microseconds
 * a certificate. Only the plain case is answered: every RDN single-valued and the first value of the attribute a
 * PrintableString or UTF8String of ASCII letters and digits, which needs no escaping. Anything else (a multi-valued
 * RDN, another string type, a character that could be escaped, a length form or structure it does not expect) is
 * {@link Answer#UNDECIDED}, and the caller reads the name in full, so the answer is always the full reading's.
 */
final class PlainNameAttribute {

    private static final int SEQUENCE = 0x30;
    private static final int SET = 0x31;
    private static final int OID = 0x06;
    private static final int UTF8_STRING = 0x0C;
    private static final int PRINTABLE_STRING = 0x13;

    private final byte[] der;
    private int position;

    private PlainNameAttribute(byte[] der) {
        this.der = der;
    }

    /** The first value of the attribute with this OID (its DER content bytes), as far as the plain case decides. */
    static Answer first(byte[] encodedName, byte[] oidContent) {
        try {
            return new PlainNameAttribute(encodedName).find(oidContent);
        } catch (ArrayIndexOutOfBoundsException e) {
            return Answer.UNDECIDED;
        }
    }

    private Answer find(byte[] oidContent) {
        int nameEnd = enter(SEQUENCE);
        if (nameEnd != der.length) {
            return Answer.UNDECIDED;
        }
        while (position < nameEnd) {
            int rdnEnd = enter(SET);
            int avaEnd = enter(SEQUENCE);
            if (rdnEnd < 0 || avaEnd != rdnEnd) {
                return Answer.UNDECIDED;
            }
            int oidEnd = enter(OID);
            if (oidEnd < 0) {
                return Answer.UNDECIDED;
            }
            boolean wanted = sameBytes(position, oidEnd, oidContent);
            position = oidEnd;
            int valueTag = der[position] & 0xFF;
            position++;
            int valueLength = length();
            int valueEnd = position + valueLength;
            if (valueLength < 0 || valueEnd != avaEnd) {
                return Answer.UNDECIDED;
            }
            if (wanted) {
                return (valueTag == PRINTABLE_STRING || valueTag == UTF8_STRING) && lettersAndDigits(position, valueEnd)
                        ? new Answer(true, Optional.of(new String(der, position, valueLength, StandardCharsets.US_ASCII)))
                        : Answer.UNDECIDED;
            }
            position = valueEnd;
        }
        return position == nameEnd ? new Answer(true, Optional.empty()) : Answer.UNDECIDED;
    }

    /** Reads the tag (which must be {@code tag}) and length; returns where the content ends, or -1. */
    private int enter(int tag) {
        if ((der[position] & 0xFF) != tag) {
            return -1;
        }
        position++;
        int length = length();
        return length < 0 || position + length > der.length ? -1 : position + length;
    }

    /** A definite length of at most two bytes; -1 for anything else. */
    private int length() {
        int first = der[position++] & 0xFF;
        if (first < 0x80) {
            return first;
        }
        int bytes = first & 0x7F;
        if (bytes == 0 || bytes > 2) {
            return -1;
        }
        int length = 0;
        for (int i = 0; i < bytes; i++) {
            length = (length << 8) | (der[position++] & 0xFF);
        }
        return length;
    }

    private boolean sameBytes(int from, int to, byte[] expected) {
        if (to - from != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (der[from + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean lettersAndDigits(int from, int to) {
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            int c = der[i];
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the plain reading decided, and if so the value (empty: the name has no such attribute). */
    record Answer(boolean decided, Optional<String> value) {
        static final Answer UNDECIDED = new Answer(false, Optional.empty());
    }
}
