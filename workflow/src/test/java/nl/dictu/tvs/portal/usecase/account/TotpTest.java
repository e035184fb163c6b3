package nl.dictu.tvs.portal.usecase.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    /** RFC 6238's SHA-1 secret, "12345678901234567890", in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void shouldComputeTheCodesOfRfc6238sTestVectors() {
        // Appendix B, the last six of the eight digits
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
    }

    @Test
    void shouldAcceptACodeOneStepEitherSideAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, "005 924", now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 3), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12a456", now)).isEmpty();
    }

    @Test
    void shouldMakeSecretsOf160BitsInBase32() {
        String secret = Totp.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.decode(secret)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
    }
}
