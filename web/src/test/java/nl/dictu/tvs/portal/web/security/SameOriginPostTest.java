package nl.dictu.tvs.portal.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginPostTest {

    @Test
    void shouldAcceptTheBrowsersOwnFormAndPrograms() {
        assertThat(SameOriginPost.isAllowed("same-origin", "http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(SameOriginPost.isAllowed("none", null, "localhost:8080")).isTrue();
        assertThat(SameOriginPost.isAllowed(null, "http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(SameOriginPost.isAllowed(null, null, "localhost:8080")).isTrue();
    }

    @Test
    void shouldRefuseAFormPostedFromAnotherSite() {
        assertThat(SameOriginPost.isAllowed("cross-site", "https://evil.example", "portaal.dictu.nl")).isFalse();
        assertThat(SameOriginPost.isAllowed("same-site", "https://other.dictu.nl", "portaal.dictu.nl")).isFalse();
        assertThat(SameOriginPost.isAllowed(null, "https://evil.example", "portaal.dictu.nl")).isFalse();
        assertThat(SameOriginPost.isAllowed(null, "null", "portaal.dictu.nl")).isFalse();
        assertThat(SameOriginPost.isAllowed(null, "http://localhost:9090", "localhost:8080")).isFalse();
        assertThat(SameOriginPost.isAllowed(null, "::not a uri", "localhost:8080")).isFalse();
    }
}
