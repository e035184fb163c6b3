package nl.dictu.tvs.portal.trust.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entityID of the form {@code urn:nl-eid-gdi:1.0:<role>:<OIN>:entities:<index>}. The index is read with one
 * to four digits so that a short one ({@code entities:1}) gets its own finding; TVS expects exactly four (§10.2).
 */
public record EntityId(String role, String oin, int index, String indexText) {

    private static final Pattern FORM = Pattern.compile("urn:nl-eid-gdi:1\\.0:([A-Z]{2,3}):(\\d{20}):entities:(\\d{1,4})");

    public static Optional<EntityId> parse(String entityId) {
        Matcher matcher = FORM.matcher(entityId);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new EntityId(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)), matcher.group(3)));
    }

    /** Whether the index is written with exactly four digits, e.g. {@code 0001} or {@code 9001}. */
    public boolean hasFourDigitIndex() {
        return indexText.length() == 4;
    }

    /** The index as TVS writes it: four digits. */
    public static String fourDigits(int index) {
        return String.format("%04d", index);
    }
}
