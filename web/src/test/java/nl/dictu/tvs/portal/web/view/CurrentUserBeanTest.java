package nl.dictu.tvs.portal.web.view;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.web.security.PortalAuthenticationMechanism;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrentUserBeanTest {

    private static final SignedInUser ANNA = new SignedInUser("anna", "Anna de Vries", Set.of("reviewer"), null, null, null);

    @Test
    void shouldGiveTheUserOfTheSession() throws Exception {
        assertThat(bean(session(Map.of(PortalAuthenticationMechanism.SIGNED_IN_USER, ANNA))).signedIn()).isEqualTo(ANNA);
    }

    @Test
    void shouldAskToSignInWhenTheSessionHasGone() throws Exception {
        assertThatThrownBy(() -> bean(null).signedIn()).isInstanceOf(AccessRefusedException.class)
                .extracting(e -> ((AccessRefusedException) e).messageKey()).isEqualTo("access.signInRequired");
    }

    @Test
    void shouldAskToSignInWhenTheSessionHasNoUser() throws Exception {
        assertThatThrownBy(() -> bean(session(Map.of())).signedIn()).isInstanceOf(AccessRefusedException.class);
    }

    private static CurrentUserBean bean(HttpSession session) throws ReflectiveOperationException {
        HttpServletRequest request = proxy(HttpServletRequest.class, (method, args) ->
                method.equals("getSession") ? session : null);
        CurrentUserBean bean = new CurrentUserBean();
        Field field = CurrentUserBean.class.getDeclaredField("request");
        field.setAccessible(true);
        field.set(bean, request);
        return bean;
    }

    private static HttpSession session(Map<String, Object> attributes) {
        return proxy(HttpSession.class, (method, args) -> method.equals("getAttribute") ? attributes.get((String) args[0]) : null);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
