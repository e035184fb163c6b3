package nl.dictu.tvs.portal.usecase.account;

import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.shared.limit.LimitStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slows down password guessing without a lock anyone could set off: per account name (known or
 * not, so the answer tells nothing) and per client address, the first failures in an hour are
 * free; each further one makes the next attempt wait twice as long, from one second up to five
 * minutes. A successful sign-in clears the account's count, not the address's.
 */
final class SignInThrottle {

    static final int FREE_PER_ACCOUNT = 5;
    static final int FREE_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final LimitStore store;
    private final Supplier<String> address;
    private final Clock clock;

    SignInThrottle(LimitStore store, Supplier<String> address, Clock clock) {
        this.store = store;
        this.address = address;
        this.clock = clock;
    }

    /** How long the attempt must wait still, if it must: then nothing is checked, no hash computed. */
    Optional<Duration> waitBefore(String username) {
        Instant now = clock.instant();
        return keys(username).stream()
                .map(store::blockedUntil)
                .flatMap(Optional::stream)
                .filter(now::isBefore)
                .map(until -> Duration.between(now, until))
                .max(Duration::compareTo);
    }

    /**
     * Counts a failed attempt for the account name and the address; past the free ones, blocks for
     * the next delay. Returns that delay when this failure started a block.
     */
    Optional<Duration> failed(String username) {
        Instant now = clock.instant();
        List<String> keys = keys(username);
        int[] free = {FREE_PER_ACCOUNT, FREE_PER_ADDRESS};
        Optional<Duration> blocked = Optional.empty();
        for (int i = 0; i < keys.size(); i++) {
            int beyond = store.hit(keys.get(i), now, WINDOW).count() - free[i];
            if (beyond > 0) {
                Duration delay = delay(beyond);
                store.blockUntil(keys.get(i), now.plus(delay));
                blocked = Optional.of(blocked.filter(d -> d.compareTo(delay) > 0).orElse(delay));
            }
        }
        return blocked;
    }

    void succeeded(String username) {
        store.clear(accountKey(username));
    }

    /** 1 s after the first failure beyond the free ones, then 2, 4, 8 ... up to five minutes. */
    static Duration delay(int beyondFree) {
        Duration delay = Duration.ofSeconds(1L << Math.min(beyondFree - 1, 20));
        return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
    }

    private List<String> keys(String username) {
        return List.of(accountKey(username), "signin:address:" + address.get());
    }

    private static String accountKey(String username) {
        String name = UserAccount.normalise(username);
        return "signin:account:" + name.substring(0, Math.min(name.length(), UserAccount.USERNAME_MAX));
    }
}
