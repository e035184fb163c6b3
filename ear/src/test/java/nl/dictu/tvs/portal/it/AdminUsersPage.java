package nl.dictu.tvs.portal.it;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo admin at work on {@code /admin/users.xhtml}, pressing its buttons over plain HTTP. */
final class AdminUsersPage {

    private static final Pattern BUTTON = Pattern.compile("<button[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final String PAGE = "/admin/users.xhtml";

    private final PortalClient admin = PortalClient.forSharedServer();
    private final String csrf = PortalClient.csrfTokenIn(admin.signIn(DemoAccount.ADMIN.username, DemoAccount.PASSWORD).body());

    /**
     * A new account with a unique name whose holder signed in once and chose their own password, as
     * a one-time password demands; returns user name and that password.
     */
    String[] create(String prefix, String role, String organisationOin) {
        String[] account = createWithOneTimePassword(prefix, role, organisationOin);
        PortalClient holder = PortalClient.forSharedServer();
        HttpResponse<String> passwordPage = holder.signIn(account[0], account[1]);
        assertThat(passwordPage.body()).contains("id=\"mustChange\"");
        return new String[] {account[0], choosePassword(holder, passwordPage.body(), account[1])};
    }

    /** On the password page of a signed-in client: chooses a new password, and returns it. */
    static String choosePassword(PortalClient client, String passwordPage, String current) {
        String chosen = "Eigen wachtwoord " + ThreadLocalRandom.current().nextInt(1_000_000);
        HttpResponse<String> changed = client.postForm(PasswordPage.PATH, FacesForm.fields(passwordPage, "passwordForm",
                "changePassword", Map.of("currentPassword", current, "newPassword", chosen, "newPasswordRepeat", chosen)));
        assertThat(changed.body()).as(changed.body()).contains("id=\"passwordChanged\"");
        return chosen;
    }

    /** A new account with a unique name; returns user name and one-time password. */
    String[] createWithOneTimePassword(String prefix, String role, String organisationOin) {
        String username = prefix + ThreadLocalRandom.current().nextInt(1_000_000);
        HttpResponse<String> created = admin.postJson("/api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Sessie Test\","
                + "\"email\":\"" + username + "@dictu.example\",\"roles\":[\"" + role + "\"]"
                + (organisationOin == null ? "" : ",\"organisationOin\":\"" + organisationOin + "\"") + "}", csrf);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new String[] {username, ApiSession.field(created.body(), "oneTimePassword")};
    }

    void disable(String username) {
        press(username, "disable", Map.of());
    }

    void resetPassword(String username) {
        assertThat(press(username, "reset", Map.of()).body()).contains("id=\"oneTimePassword\"");
    }

    void changeRolesTo(String username, String role) {
        HttpResponse<String> editing = press(username, "editRolesButton", Map.of());
        HttpResponse<String> saved = admin.postForm(PAGE, FacesForm.fields(editing.body(), "users", "users:saveRoles",
                Map.of("users:editedRoles", role)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("id=\"users:editRoles\"");
    }

    private HttpResponse<String> press(String username, String button, Map<String, String> values) {
        HttpResponse<String> page = admin.get(PAGE);
        HttpResponse<String> pressed = admin.postForm(PAGE, FacesForm.fields(page.body(), "users",
                buttonName(page.body(), username, button), values));
        assertThat(pressed.statusCode()).as(pressed.body()).isEqualTo(200);
        return pressed;
    }

    private static String buttonName(String page, String username, String button) {
        Matcher tags = BUTTON.matcher(page);
        while (tags.find()) {
            String tag = tags.group();
            if (tag.contains(":" + button + "\"") && tag.contains(" " + username + "\"")) {
                Matcher name = NAME.matcher(tag);
                assertThat(name.find()).isTrue();
                return name.group(1);
            }
        }
        throw new AssertionError("no button " + button + " for " + username + " on the users page");
    }
}
