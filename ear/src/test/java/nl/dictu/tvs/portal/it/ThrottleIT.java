package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in is throttled per account name and per client address with growing waits, not locked:
 * every failure counts, also in parallel, and an unknown name is answered exactly as a known one.
 * The shared server trusts X-Forwarded-For from 127.0.0.1, so each test signs in from addresses of its own.
 */
class ThrottleIT {

    private final AdminUsersPage admin = new AdminUsersPage();

    @Test
    void shouldCountEveryOneOfTenParallelWrongPasswordsAndAnswerNoneWithAnError() throws Exception {
        String[] reviewer = admin.create("parallel", "reviewer", null);
        String address = newAddress();

        List<HttpResponse<String>> answers = inParallel(10, () -> signIn(reviewer[0], "wrong-" + reviewer[1], address));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            assertThat(location(answer)).matches("/login\\.xhtml\\?error=(credentials|throttled)");
        });
        assertThat(location(signIn(reviewer[0], reviewer[1], newAddress())))
                .as("ten failures counted: even the right password waits").isEqualTo("/login.xhtml?error=throttled");
    }

    @Test
    void shouldAnswerAnUnknownUserExactlyAsAKnownOne() {
        String[] known = admin.create("bekend", "reviewer", null);
        String unknown = "onbekend" + ThreadLocalRandom.current().nextInt(1_000_000);
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            knownAnswers.add(location(signIn(known[0], "wrong", newAddress())));
        }
        String knownThen = location(signIn(known[0], known[1], newAddress()));
        for (int i = 0; i < 10; i++) {
            unknownAnswers.add(location(signIn(unknown, "wrong", newAddress())));
        }
        String unknownThen = location(signIn(unknown, "wrong", newAddress()));

        assertThat(unknownAnswers).as("the same answers, in the same order").isEqualTo(knownAnswers);
        assertThat(knownAnswers).startsWith("/login.xhtml?error=credentials", "/login.xhtml?error=credentials",
                "/login.xhtml?error=credentials", "/login.xhtml?error=credentials", "/login.xhtml?error=credentials");
        assertThat(knownThen).as("known, right password, straight after").isEqualTo("/login.xhtml?error=throttled");
        assertThat(unknownThen).as("unknown, straight after").isEqualTo("/login.xhtml?error=throttled");
    }

    @Test
    void shouldThrottleAnAddressThatTriesManyNamesButNotTheOthers() throws Exception {
        String address = newAddress();

        // 30 free, then waits of 1, 2, 4 ... 32 seconds
        inParallel(36, () -> signIn("gok" + ThreadLocalRandom.current().nextInt(1_000_000), "wrong", address));

        assertThat(location(signIn(DemoAccount.ADMIN.username, DemoAccount.PASSWORD, address))).isEqualTo("/login.xhtml?error=throttled");
        assertThat(location(signIn(DemoAccount.ADMIN.username, DemoAccount.PASSWORD, newAddress()))).isEqualTo("/admin/index.xhtml");
    }

    @Test
    void shouldSignInMoreAccountsInParallelThanThePoolHasConnections() throws Exception {
        String[] reviewer = admin.create("drukte", "reviewer", null);
        int parallel = 45; // the pool has 30 connections (TVS_DB_POOL_MAX)

        List<HttpResponse<String>> answers = inParallel(parallel, () -> signIn(reviewer[0], reviewer[1], newAddress()));

        assertThat(answers).as("no sign-in waits for a second connection while holding one").allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            assertThat(location(answer)).isEqualTo("/reviewer/index.xhtml");
        });
    }

    private static HttpResponse<String> signIn(String username, String password, String address) {
        return PortalClient.forSharedServer().postForm("/login", Map.of("username", username, "password", password),
                Map.of("X-Forwarded-For", address));
    }

    private static String location(HttpResponse<String> response) {
        return PortalClient.pathOf(response.headers().firstValue("Location").orElseThrow());
    }

    /** A client address from the documentation ranges that no other test uses. */
    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static <T> List<T> inParallel(int count, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
