package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart keeps accounts and process instances. The demo data is created only on an empty
 * database, so anything lost in the restart would come back different (a new instance has a new
 * creation time) or not at all.
 */
class RestartIT {

    /** The demo task's row on the task list: reference, organisation, task, age, and its due date (captured). */
    private static final Pattern DEMO_TASK_ROW = Pattern.compile(
            ">TVS-DEMO-00001</a></td>\\s*<td[^>]*>[^<]*</td>\\s*<td[^>]*>Aanvraag registreren</td>"
                    + "\\s*<td[^>]*>[^<]*</td>\\s*<td[^>]*>\\s*([^<]+?)\\s*<");

    @Test
    void shouldKeepAccountsAndProcessInstancesAcrossARestart() throws IOException {
        PortalServer server = PortalServer.shared();
        String before = demoTaskCreated(PortalClient.forSharedServer().signIn("beoordelaar", DemoAccount.PASSWORD));

        server.restart();

        HttpResponse<String> after = PortalClient.forSharedServer().signIn("beoordelaar", DemoAccount.PASSWORD);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(demoTaskCreated(after)).isEqualTo(before);
        assertThat(DEMO_TASK_ROW.matcher(after.body()).results().count()).as("the demo instance exists once").isEqualTo(1);
        for (DemoAccount account : DemoAccount.values()) {
            assertThat(PortalClient.forSharedServer().signIn(account.username, DemoAccount.PASSWORD).body())
                    .contains(account.landingTitle);
        }
    }

    private static String demoTaskCreated(HttpResponse<String> reviewerPage) {
        Matcher m = DEMO_TASK_ROW.matcher(reviewerPage.body());
        assertThat(m.find()).as("the demo application waits for registration").isTrue();
        return m.group(1);
    }
}
