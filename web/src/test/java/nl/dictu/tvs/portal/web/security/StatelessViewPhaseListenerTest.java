package nl.dictu.tvs.portal.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatelessViewPhaseListenerTest {

    @Test
    void shouldMakeLoginAndErrorPagesStateless() {
        assertThat(StatelessViewPhaseListener.isStateless("/login.xhtml")).isTrue();
        assertThat(StatelessViewPhaseListener.isStateless("/error/404.xhtml")).isTrue();
    }

    @Test
    void shouldMakeTheAnonymousFormsStateless() {
        assertThat(StatelessViewPhaseListener.isStateless("/register.xhtml")).isTrue();
        assertThat(StatelessViewPhaseListener.isStateless("/invitation.xhtml")).isTrue();
    }

    @Test
    void shouldKeepWorkPagesStateful() {
        assertThat(StatelessViewPhaseListener.isStateless("/reviewer/index.xhtml")).isFalse();
        assertThat(StatelessViewPhaseListener.isStateless(null)).isFalse();
    }
}
