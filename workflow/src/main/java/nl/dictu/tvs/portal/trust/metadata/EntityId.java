package nl.dictu.tvs.portal.trust.metadata;

import java.util.Optional;

/**
 * An entityID of the form {@code urn:nl-eid-gdi:1.0:<role>:<OIN>:entities:<index>}: role two or three letters
 * A-Z, OIN twenty digits 0-9. The index is read with one to four digits so that a short one ({@code entities:1})
 * gets its own finding; TVS expects exactly four (§10.2).
 * <p>
 * Read character by character, not with a regular expression: a cluster document's entityIDs are read several
 * times per check (the supplier's lookup, the rules, the summary), and a regex match costs far more than this.
 * {@code EntityIdTest} holds it to the pattern it replaced,
 * {@code urn:nl-eid-gdi:1\.0:([A-Z]{2,3}):(\d{20}):entities:(\d{1,4})}.
 */
public record EntityId(String role, String oin, int index, String indexText) {

    private static final String PREFIX = "urn:nl-eid-gdi:1.0:";
    private static final String ENTITIES = ":entities:";
    private static final int OIN_DIGITS = 20;
    private static final int MAX_INDEX_DIGITS = 4;

    public static Optional<EntityId> parse(String entityId) {
        if (!entityId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int roleStart = PREFIX.length();
        int roleEnd = roleStart;
        while (roleEnd < entityId.length() && isLetter(entityId.charAt(roleEnd))) {
            roleEnd++;
        }
        int roleLength = roleEnd - roleStart;
        if (roleLength < 2 || roleLength > 3 || roleEnd == entityId.length() || entityId.charAt(roleEnd) != ':') {
            return Optional.empty();
        }
        int oinStart = roleEnd + 1;
        int oinEnd = oinStart + OIN_DIGITS;
        if (oinEnd > entityId.length() || !digits(entityId, oinStart, oinEnd) || !entityId.startsWith(ENTITIES, oinEnd)) {
            return Optional.empty();
        }
        int indexStart = oinEnd + ENTITIES.length();
        int indexLength = entityId.length() - indexStart;
        if (indexLength < 1 || indexLength > MAX_INDEX_DIGITS || !digits(entityId, indexStart, entityId.length())) {
            return Optional.empty();
        }
        String indexText = entityId.substring(indexStart);
        return Optional.of(new EntityId(entityId.substring(roleStart, roleEnd), entityId.substring(oinStart, oinEnd),
                Integer.parseInt(indexText), indexText));
    }

    /** Whether the index is written with exactly four digits, e.g. {@code 0001} or {@code 9001}. */
    public boolean hasFourDigitIndex() {
        return indexText.length() == 4;
    }

    /** The index as TVS writes it: four digits. */
    public static String fourDigits(int index) {
        return String.format("%04d", index);
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
