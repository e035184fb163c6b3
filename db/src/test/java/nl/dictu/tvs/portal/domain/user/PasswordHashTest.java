package nl.dictu.tvs.portal.domain.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashTest {

    @Test
    void shouldVerifyTheRightPasswordAndRejectAWrongOne() {
        String stored = PasswordHash.hash("correct horse".toCharArray());

        assertThat(PasswordHash.verify("correct horse".toCharArray(), stored)).isTrue();
        assertThat(PasswordHash.verify("correct hors".toCharArray(), stored)).isFalse();
    }

    @Test
    void shouldSaltEveryHash() {
        assertThat(PasswordHash.hash("same".toCharArray())).isNotEqualTo(PasswordHash.hash("same".toCharArray()));
    }

    @Test
    void shouldDescribeItsSchemeAndWorkFactor() {
        String stored = PasswordHash.hash("pw".toCharArray());

        assertThat(stored).startsWith("pbkdf2-sha512$" + PasswordHash.ITERATIONS + "$");
        assertThat(PasswordHash.needsRehash(stored)).isFalse();
        assertThat(PasswordHash.needsRehash(stored.replace("$" + PasswordHash.ITERATIONS + "$", "$1000$"))).isTrue();
    }

    @Test
    void shouldRejectMalformedStoredValuesWithoutThrowing() {
        assertThat(PasswordHash.verify("pw".toCharArray(), "plain-text")).isFalse();
        assertThat(PasswordHash.verify("pw".toCharArray(), "pbkdf2-sha512$x$y$z")).isFalse();
        assertThat(PasswordHash.verify("pw".toCharArray(), null)).isFalse();
    }
}
