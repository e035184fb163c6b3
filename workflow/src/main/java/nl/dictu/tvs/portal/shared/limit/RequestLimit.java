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
    METADATA_CHECK(60, 300, Duration.ofMinutes(10));

    final int perUser;
    final int perAddress;
    final Duration window;

    RequestLimit(int perUser, int perAddress, Duration window) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
    }
}
