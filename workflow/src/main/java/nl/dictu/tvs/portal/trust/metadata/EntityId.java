package nl.dictu.tvs.portal.trust.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An entityID of the form {@code urn:nl-eid-gdi:1.0:<role>:<OIN>:entities:<index>}. */
public record EntityId(String role, String oin, int index) {

    private static final Pattern FORM = Pattern.compile("urn:nl-eid-gdi:1\\.0:([A-Z]{2}):(\\d{20}):entities:(\\d{1,4})");

    public static Optional<EntityId> parse(String entityId) {
        Matcher matcher = FORM.matcher(entityId);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new EntityId(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3))));
    }
}
