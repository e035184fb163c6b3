package nl.dictu.tvs.portal.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {

    @Test
    void shouldIgnoreXForwardedForFromAnUntrustedConnection() {
        assertThat(new ClientAddress(null).of("198.51.100.9", "203.0.113.7")).isEqualTo("198.51.100.9");
        assertThat(new ClientAddress("10.0.0.0/8").of("198.51.100.9", "203.0.113.7")).isEqualTo("198.51.100.9");
    }

    @Test
    void shouldTakeTheRightmostUntrustedHopBehindATrustedProxy() {
        ClientAddress behindProxies = new ClientAddress("10.0.0.0/8, 192.0.2.1");

        assertThat(behindProxies.of("10.1.2.3", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(behindProxies.of("192.0.2.1", "1.1.1.1, 203.0.113.7, 10.9.9.9")).isEqualTo("203.0.113.7");
        assertThat(behindProxies.of("10.1.2.3", null)).isEqualTo("10.1.2.3");
    }

    @Test
    void shouldMatchIpv6RangesAndRefuseAMistypedRange() {
        assertThat(new ClientAddress("fd00::/8").of("fd12::1", "2001:db8::7")).isEqualTo("2001:db8::7");
        assertThatThrownBy(() -> new ClientAddress("proxy.example")).hasMessageContaining("TVS_TRUSTED_PROXIES");
    }
}
