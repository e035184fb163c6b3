package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A one-time password from an admin serves only to choose one's own; everyone can change their own password. */
class OneTimePasswordIT {

    private final AdminUsersPage admin = new AdminUsersPage();

    @Test
    void shouldOpenOnlyThePasswordPageUntilTheOneTimePasswordIsChanged() {
        String[] reviewer = admin.createWithOneTimePassword("eenmalig", "reviewer", null);
        PortalClient session = PortalClient.forSharedServer();

        HttpResponse<String> landing = session.signIn(reviewer[0], reviewer[1]);

        assertThat(landing.request().uri().getPath()).isEqualTo(PasswordPage.PATH);
        assertThat(landing.body()).contains("id=\"mustChange\"");
        assertThat(location(session.get("/reviewer/index.xhtml"))).isEqualTo(PasswordPage.PATH);
        assertThat(location(session.get("/api/tasks"))).isEqualTo(PasswordPage.PATH);

        String chosen = AdminUsersPage.choosePassword(session, landing.body(), reviewer[1]);

        assertStays(session);
        assertThat(location(PortalClient.forSharedServer().postForm("/login",
                Map.of("username", reviewer[0], "password", reviewer[1])))).as("the one-time password is used up")
                .isEqualTo("/login.xhtml?error=credentials");
        assertThat(location(PortalClient.forSharedServer().postForm("/login",
                Map.of("username", reviewer[0], "password", chosen)))).isEqualTo("/reviewer/index.xhtml");
    }

    @Test
    void shouldLetAUserChangeTheirOwnPasswordAndEndTheirOtherSessions() {
        String[] reviewer = admin.create("eigen", "reviewer", null);
        PortalClient here = PortalClient.forSharedServer();
        PortalClient elsewhere = PortalClient.forSharedServer();
        assertThat(here.signIn(reviewer[0], reviewer[1]).body()).contains("id=\"changePasswordLink\"");
        elsewhere.signIn(reviewer[0], reviewer[1]);

        HttpResponse<String> page = here.get(PasswordPage.PATH);
        HttpResponse<String> wrongCurrent = here.postForm(PasswordPage.PATH, FacesForm.fields(page.body(), "passwordForm",
                "changePassword", Map.of("currentPassword", "niet mijn wachtwoord", "newPassword", "een heel nieuw wachtwoord",
                        "newPasswordRepeat", "een heel nieuw wachtwoord")));
        assertThat(wrongCurrent.body()).contains("id=\"formRefusal\"").contains("Het huidige wachtwoord klopt niet");
        AdminUsersPage.choosePassword(here, here.get(PasswordPage.PATH).body(), reviewer[1]);

        assertStays(here);
        assertThat(location(elsewhere.get("/reviewer/index.xhtml"))).as("the other one ends").startsWith("/login.xhtml");
    }

    /** The session that chose the password stays signed in. */
    private static void assertStays(PortalClient session) {
        HttpResponse<String> page = session.get("/reviewer/tasks.xhtml");
        assertThat(page.statusCode()).as("this session stays (sent to %s)", page.headers().firstValue("Location").orElse("-"))
                .isEqualTo(200);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return PortalClient.pathOf(response.headers().firstValue("Location").orElseThrow());
    }
}
