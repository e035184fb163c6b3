package nl.dictu.tvs.portal.shared.limit;

import java.time.Duration;

/**
 * What is limited, and how often a user and an address may do it per window. The figures leave
 * room for a busy organisation behind one address and stop a script.
 */
public enum RequestLimit {
    /** Demo registrations: anonymous, so per address only. */
    REGISTRATION(0, 20, Duration.ofHours(1)),
    INVITATION(20, 60, Duration.ofHours(1)),
    UPLOAD(120, 600, Duration.ofMinutes(10)),
    METADATA_CHECK(60, 300, Duration.ofMinutes(10)),
    /** Access tokens of API v1: per client and per organisation (its clients together). */
    API_TOKEN(0, 0, 20, 60, Duration.ofMinutes(10)),
    /** Calls of API v1 with an access token: per client and per organisation (its clients together). */
    API_CALL(0, 0, 300, 600, Duration.ofMinutes(1));

    final int perUser;
    final int perAddress;
    final int perClient;
    final int perOrganisation;
    final Duration window;

    RequestLimit(int perUser, int perAddress, Duration window) {
        this(perUser, perAddress, 0, 0, window);
    }

    RequestLimit(int perUser, int perAddress, int perClient, int perOrganisation, Duration window) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.perClient = perClient;
        this.perOrganisation = perOrganisation;
        this.window = window;
    }
}
