package nl.dictu.tvs.portal.usecase.rollover;

import java.util.List;

/**
 * A live connection as the rollover pages show it: whose it is, its environment ({@code environmentKey}: bundle key
 * {@code expiry.environment.<ENV>}), its entityIDs and, per use, what TVS uses when.
 */
public record RolloverConnectionView(long connectionId, String organisationName, String organisationOin,
                                     String environmentKey, String entityIds, String reference, List<UseTimeline> uses) {

    public RolloverConnectionView {
        uses = List.copyOf(uses);
    }
}
