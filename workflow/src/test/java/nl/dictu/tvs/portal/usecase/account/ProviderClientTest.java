package nl.dictu.tvs.portal.usecase.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderClientTest {

    @Test
    void shouldComputeThePkceS256ChallengeOfRfc7636() {
        // RFC 7636, Appendix B
        assertThat(ProviderClient.s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void shouldMakeVerifiersOfRfc7636sLengthAndAlphabetThatNeverRepeat() {
        String first = ProviderClient.randomToken();

        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(ProviderClient.randomToken()).isNotEqualTo(first);
    }
}
