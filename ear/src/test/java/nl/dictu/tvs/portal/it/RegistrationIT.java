package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo registration tells nobody whether an address has an account: a taken and a free address
 * get the same status and the same page; only the mail to the address differs, and the account that
 * has the taken address stays as it was.
 */
class RegistrationIT {

    private static final String PASSWORD = "een lang genoeg wachtwoord";
    /** The seeded demo applicant's address. */
    private static final String TAKEN = "aanvrager@demo.tvs.example";
    private static final Pattern SECTION = Pattern.compile("<section class=\"tvs-login tvs-register\">(.*?)</section>", Pattern.DOTALL);

    @Test
    void shouldAnswerATakenAndAFreeAddressAlikeAndTellOnlyTheMailbox() {
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        String free = "vera" + number + "@vrijdorp.example";

        String typedTaken = "AANVRAGER@demo.tvs.example";
        HttpResponse<String> taken = register(number, "1", "Gemeente Bezet " + number, typedTaken);
        HttpResponse<String> untaken = register(number, "2", "Gemeente Vrijdorp " + number, free);

        assertThat(taken.statusCode()).isEqualTo(200).isEqualTo(untaken.statusCode());
        assertThat(taken.body()).contains("id=\"registrationSent\"").doesNotContain("id=\"formRefusal\"");
        assertThat(page(taken, typedTaken)).as("the same page, but for the address it names").isEqualTo(page(untaken, free));
        String toTaken = ItMail.text(ItMail.awaitMail(m -> ItMail.isTo(m, TAKEN)
                && ItMail.text(m).contains("Gemeente Bezet " + number), Duration.ofSeconds(60)));
        assertThat(toTaken).contains("/login.xhtml").doesNotContain("/register.xhtml?token=");
        assertThat(signIn(typedTaken, PASSWORD)).as("no account was made with the taken address")
                .endsWith("/login.xhtml?error=credentials");
        assertThat(signIn(DemoAccount.APPLICANT.username, PASSWORD)).as("the account's password is not the registration's")
                .endsWith("/login.xhtml?error=credentials");
        assertThat(PortalClient.pathOf(signIn(DemoAccount.APPLICANT.username, DemoAccount.PASSWORD)))
                .as("the account with the taken address is as it was").isEqualTo(DemoAccount.APPLICANT.landingPage);

        PortalClient owner = PortalClient.forSharedServer();
        String token = ItMail.registrationToken(free);
        assertThat(owner.get("/register.xhtml?token=" + token).body()).contains("id=\"completeIntro\"").contains(free);
        HttpResponse<String> completed = complete(owner, token);
        assertThat(PortalClient.pathOf(completed.headers().firstValue("Location").orElseThrow()))
                .isEqualTo("/applicant/apply/organisation.xhtml");
        assertThat(complete(PortalClient.forSharedServer(), token).body()).as("the link works once")
                .contains("id=\"registrationProblem\"");

        HttpResponse<String> login = PortalClient.forSharedServer().postForm("/login",
                Map.of("username", free.toUpperCase(Locale.ROOT), "password", PASSWORD));
        assertThat(login.headers().firstValue("Location")).as("the address is the user name, in any case")
                .hasValueSatisfying(l -> assertThat(PortalClient.pathOf(l)).isEqualTo("/applicant/index.xhtml"));
    }

    /** Where a password sign-in sends the browser. */
    private static String signIn(String username, String password) {
        return PortalClient.forSharedServer().postForm("/login", Map.of("username", username, "password", password))
                .headers().firstValue("Location").orElseThrow();
    }

    /** Opens the registration's link and completes it (the page's button); returns the answer to the button. */
    static HttpResponse<String> complete(PortalClient client, String token) {
        HttpResponse<String> page = client.get("/register.xhtml?token=" + token);
        if (!page.body().contains("id=\"completeForm\"")) {
            return page;
        }
        return client.postForm("/register.xhtml?token=" + token, FacesForm.fields(page.body(), "completeForm", "complete",
                Map.of("token", token)));
    }

    private static HttpResponse<String> register(String number, String suffix, String organisation, String email) {
        PortalClient visitor = PortalClient.forSharedServer();
        HttpResponse<String> page = visitor.get("/register.xhtml");
        return visitor.postForm("/register.xhtml", FacesForm.fields(page.body(), "registerForm", "register",
                Map.of("oin", "00000099" + number + "00" + suffix, "organisationName", organisation,
                        "displayName", "Vera Vrij", "email", email, "password", PASSWORD, "passwordRepeat", PASSWORD)));
    }

    /** The page's own part, with the address it names in place of the address. */
    private static String page(HttpResponse<String> response, String address) {
        Matcher section = SECTION.matcher(response.body());
        assertThat(section.find()).as(response.body()).isTrue();
        return section.group(1).replace(address, "ADDRESS");
    }
}
