package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form is read as UTF-8, the sign-in form included: browsers send what the page's charset says. */
class FormEncodingIT {

    /** The "Pässwörd-€1", long enough for the portal's minimum of 12 characters. */
    static final String PASSWORD = "Pässwörd-€1 lang";

    @Test
    void shouldSignInWithThePasswordARegistrationFormStoredOutsideAscii() {
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        String email = "zoe" + number + "@ijsselmonde.example";
        PortalClient registering = PortalClient.forSharedServer();
        HttpResponse<String> page = registering.get("/register.xhtml");
        HttpResponse<String> registered = registering.postForm("/register.xhtml", FacesForm.fields(page.body(),
                "registerForm", "register", Map.of("oin", "00000099" + number + "000",
                        "organisationName", "Gemeente Ĳsselmonde " + number,
                        "displayName", "Zoë Ünal", "email", email,
                        "password", PASSWORD, "passwordRepeat", PASSWORD)));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(RegistrationIT.complete(registering, ItMail.registrationToken(email)).statusCode()).isEqualTo(302);

        PortalClient signingIn = PortalClient.forSharedServer();
        HttpResponse<String> login = signingIn.postForm("/login", Map.of("username", email, "password", PASSWORD));

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(PortalClient.pathOf(l)).isEqualTo("/applicant/index.xhtml"));
        assertThat(signingIn.follow(login).body()).contains("Zoë Ünal").contains("Gemeente Ĳsselmonde " + number);
    }
}
