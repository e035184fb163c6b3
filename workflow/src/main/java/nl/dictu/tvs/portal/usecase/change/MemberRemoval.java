package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;

/**
 * A served organisation to disconnect from a supplier's live cluster connection in one environment: it must be
 * connected there now. A missing environment is the service's to refuse, after it checked who asks.
 */
public record MemberRemoval(ConnectionEnvironment environment, String oin) {

    public MemberRemoval {
        oin = oin == null ? "" : oin.strip();
    }
}
