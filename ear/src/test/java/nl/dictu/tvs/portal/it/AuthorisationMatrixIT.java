package nl.dictu.tvs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Who may open what, for every page and every REST call the portal has: the inventory is read from the web module
 * itself (every {@code .xhtml} page outside {@code WEB-INF} and {@code resources}, every JAX-RS resource method of
 * {@code web.api}), and each entry needs a rule here, so a new page or call without one fails the build. Each rule
 * is tried by an anonymous caller, an applicant of the application's organisation, an applicant of another
 * organisation, a reviewer and an admin. Who must be refused is refused with the answer for their case (anonymous:
 * the sign-in page (the API: 401); wrong role: 403; another organisation's application: 404, as for one that does not
 * exist), and learns nothing of the application; who may is not refused. Calls that change something are made, with
 * a valid body, only by those who must be refused.
 */
@Tag("h2-only")
class AuthorisationMatrixIT {

    private static final Path WEBAPP = Path.of("..", "web", "src", "main", "webapp");
    private static final Path API_SOURCES = Path.of("..", "web", "src", "main", "java", "nl", "dictu", "tvs", "portal", "web", "api");
    private static final String OWN = "TVS-DEMO-00001";
    private static final byte[] PDF = "%PDF-1.4\n% matrix\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String OWN_OIN = "00000099123456789000";

    /**
     * The body each change call is made with: a valid one, so that a refusal shows who may call, not that the body
     * was wrong.
     */
    private static String body(String call) {
        return switch (call) {
            case "POST /api/applications", "POST /api/applications/{reference}/correction" -> ItApplications.validSubmission();
            case "POST /api/applications/{reference}/production-request" -> ItApplications.productionRequest(
                    ItPki.certificate(OWN_OIN, "Gemeente Voorbeeldstad"), ItApplications.base64("<md:EntityDescriptor/>"),
                    LocalDate.now().plusDays(30).toString());
            case "POST /api/applications/{reference}/preproduction-metadata" -> "{\"certificatePem\":"
                    + ItApplications.jsonString(ItPki.pem(ItPki.certificate(OWN_OIN, "Gemeente Voorbeeldstad")))
                    + ",\"metadataBase64\":\"" + ItApplications.base64("<md:EntityDescriptor/>") + "\"}";
            case "POST /api/users" -> "{\"username\":\"matrix-user\",\"displayName\":\"Matrix\",\"email\":\"matrix@dictu.example\","
                    + "\"roles\":[\"reviewer\"]}";
            case "POST /api/tasks/{taskId}/completion" -> "{\"accepted\":true}";
            default -> "{}";
        };
    }

    /** Who may: every audience not named is refused. */
    enum Access {
        /** Everyone, signed in or not. */
        PUBLIC(Audience.values()),
        /** Anyone signed in. */
        SIGNED_IN(Audience.APPLICANT, Audience.FOREIGN_APPLICANT, Audience.REVIEWER, Audience.ADMIN),
        /** Applicants, each to their own organisation's things. */
        APPLICANT(Audience.APPLICANT, Audience.FOREIGN_APPLICANT),
        /** Applicants of the application's organisation only; another organisation's applicant gets 404. */
        OWN_APPLICATION(Audience.APPLICANT),
        /** The application's organisation and DICTU's reviewers. */
        OWN_APPLICATION_OR_REVIEWER(Audience.APPLICANT, Audience.REVIEWER),
        REVIEWER(Audience.REVIEWER),
        ADMIN(Audience.ADMIN),
        /** Reviewers and admins. */
        STAFF(Audience.REVIEWER, Audience.ADMIN),
        /** Those who work tasks: applicants (their own organisation's) and reviewers; an admin has none. */
        TASK_WORKERS(Audience.APPLICANT, Audience.FOREIGN_APPLICANT, Audience.REVIEWER);

        final Set<Audience> allowed;

        Access(Audience... allowed) {
            this.allowed = Set.of(allowed);
        }
    }

    enum Audience { ANONYMOUS, APPLICANT, FOREIGN_APPLICANT, REVIEWER, ADMIN }

    /** Every page, by its path (with the query it needs), and its rule. */
    private static final Map<String, Access> PAGES = new TreeMap<>(Map.ofEntries(
            Map.entry("/index.xhtml", Access.SIGNED_IN),
            Map.entry("/login.xhtml", Access.PUBLIC),
            Map.entry("/register.xhtml", Access.PUBLIC),
            Map.entry("/invitation.xhtml", Access.PUBLIC),
            Map.entry("/announcements.xhtml", Access.PUBLIC),
            Map.entry("/error/403.xhtml", Access.PUBLIC),
            Map.entry("/error/404.xhtml", Access.PUBLIC),
            Map.entry("/error/500.xhtml", Access.PUBLIC),
            Map.entry("/error/expired.xhtml", Access.PUBLIC),
            Map.entry("/metadata-check.xhtml", Access.SIGNED_IN),
            Map.entry("/account/password.xhtml", Access.SIGNED_IN),
            Map.entry("/account/totp.xhtml", Access.SIGNED_IN),
            Map.entry("/applicant/index.xhtml", Access.APPLICANT),
            Map.entry("/applicant/organisation.xhtml", Access.APPLICANT),
            Map.entry("/applicant/apply/organisation.xhtml", Access.APPLICANT),
            Map.entry("/applicant/apply/services.xhtml", Access.APPLICANT),
            Map.entry("/applicant/apply/certificate.xhtml", Access.APPLICANT),
            Map.entry("/applicant/apply/alb.xhtml", Access.APPLICANT),
            Map.entry("/applicant/apply/checklist.xhtml", Access.APPLICANT),
            Map.entry("/applicant/apply/terms.xhtml", Access.APPLICANT),
            Map.entry("/applicant/apply/summary.xhtml", Access.APPLICANT),
            Map.entry("/applicant/apply/submitted.xhtml", Access.APPLICANT),
            Map.entry("/applicant/application.xhtml?reference=" + OWN, Access.OWN_APPLICATION),
            Map.entry("/applicant/alb-decision.xhtml?reference=" + OWN, Access.OWN_APPLICATION),
            Map.entry("/applicant/correct.xhtml?reference=" + OWN, Access.OWN_APPLICATION),
            Map.entry("/applicant/rework.xhtml?reference=" + OWN, Access.OWN_APPLICATION),
            Map.entry("/applicant/production.xhtml?reference=" + OWN, Access.OWN_APPLICATION),
            Map.entry("/applicant/preproduction-metadata.xhtml?reference=" + OWN, Access.OWN_APPLICATION),
            Map.entry("/applicant/withdraw.xhtml?reference=" + OWN, Access.OWN_APPLICATION),
            Map.entry("/applicant/terminate.xhtml?reference=" + OWN, Access.OWN_APPLICATION),
            Map.entry("/applicant/mandates.xhtml", Access.APPLICANT),
            Map.entry("/applicant/api-clients.xhtml", Access.APPLICANT),
            Map.entry("/applicant/rollover.xhtml", Access.APPLICANT),
            Map.entry("/applicant/changes.xhtml", Access.APPLICANT),
            Map.entry("/applicant/change.xhtml?reference=" + OWN + "&environment=PRODUCTION", Access.OWN_APPLICATION),
            Map.entry("/applicant/change-request.xhtml", Access.APPLICANT),
            Map.entry("/applicant/member-change.xhtml?reference=" + OWN + "&environment=PRODUCTION&action=REMOVE",
                    Access.OWN_APPLICATION),
            Map.entry("/reviewer/changes.xhtml", Access.REVIEWER),
            Map.entry("/reviewer/change-request.xhtml", Access.REVIEWER),
            Map.entry("/reviewer/index.xhtml", Access.REVIEWER),
            Map.entry("/reviewer/tasks.xhtml", Access.REVIEWER),
            Map.entry("/reviewer/dashboard.xhtml", Access.STAFF),
            Map.entry("/reviewer/incidents.xhtml", Access.REVIEWER),
            Map.entry("/reviewer/expiry.xhtml", Access.REVIEWER),
            Map.entry("/reviewer/application.xhtml?reference=" + OWN, Access.REVIEWER),
            Map.entry("/admin/index.xhtml", Access.ADMIN),
            Map.entry("/admin/users.xhtml", Access.ADMIN),
            Map.entry("/admin/alb.xhtml", Access.ADMIN),
            Map.entry("/admin/audit.xhtml", Access.ADMIN),
            Map.entry("/admin/checklists.xhtml", Access.ADMIN),
            Map.entry("/admin/mail-templates.xhtml", Access.ADMIN),
            Map.entry("/admin/announcements.xhtml", Access.ADMIN),
            Map.entry("/admin/live-connections.xhtml", Access.ADMIN),
            Map.entry("/admin/outbox.xhtml", Access.ADMIN),
            Map.entry("/admin/terms.xhtml", Access.ADMIN),
            Map.entry("/admin/trust-anchors.xhtml", Access.ADMIN),
            Map.entry("/applicant/security-assessment.xhtml", Access.APPLICANT),
            Map.entry("/reviewer/security-assessments.xhtml", Access.REVIEWER)));

    /** Every REST call, as {@code METHOD /api/path} with the resource's own placeholders, and its rule. */
    private static final Map<String, Access> CALLS = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/health/ready", Access.PUBLIC),
            Map.entry("GET /api/health/live", Access.PUBLIC),
            Map.entry("GET /api/applications", Access.APPLICANT),
            Map.entry("POST /api/applications", Access.APPLICANT),
            Map.entry("GET /api/applications/{reference}", Access.OWN_APPLICATION),
            Map.entry("POST /api/applications/{reference}/correction", Access.OWN_APPLICATION),
            Map.entry("POST /api/applications/{reference}/production-request", Access.OWN_APPLICATION),
            Map.entry("POST /api/applications/{reference}/preproduction-metadata", Access.OWN_APPLICATION),
            Map.entry("POST /api/applications/{reference}/service-uuid-in-authn-request", Access.OWN_APPLICATION),
            Map.entry("GET /api/applications/{reference}/checklist", Access.OWN_APPLICATION_OR_REVIEWER),
            Map.entry("GET /api/applications/{reference}/submitted/{kind}", Access.OWN_APPLICATION_OR_REVIEWER),
            Map.entry("POST /api/applications/{reference}/checklist-rework", Access.OWN_APPLICATION),
            Map.entry("POST /api/applications/{reference}/withdrawal", Access.OWN_APPLICATION),
            Map.entry("POST /api/applications/{reference}/termination", Access.OWN_APPLICATION_OR_REVIEWER),
            Map.entry("GET /api/applications/{reference}/documents", Access.OWN_APPLICATION_OR_REVIEWER),
            Map.entry("GET /api/applications/{reference}/documents/{id:[0-9]{1,18}}", Access.OWN_APPLICATION_OR_REVIEWER),
            Map.entry("POST /api/applications/{reference}/documents/dossier", Access.REVIEWER),
            Map.entry("POST /api/files", Access.APPLICANT),
            Map.entry("GET /api/files/{id}", Access.OWN_APPLICATION_OR_REVIEWER),
            Map.entry("GET /api/reviews/{reference}/process-model", Access.REVIEWER),
            Map.entry("GET /api/tasks", Access.TASK_WORKERS),
            Map.entry("POST /api/tasks/{taskId}/claim", Access.REVIEWER),
            Map.entry("POST /api/tasks/{taskId}/unclaim", Access.REVIEWER),
            Map.entry("POST /api/tasks/{taskId}/completion", Access.REVIEWER),
            Map.entry("GET /api/change-requests", Access.TASK_WORKERS),
            Map.entry("GET /api/change-requests/connections", Access.APPLICANT),
            Map.entry("GET /api/change-requests/live", Access.APPLICANT),
            Map.entry("POST /api/change-requests/preview", Access.APPLICANT),
            Map.entry("POST /api/change-requests", Access.APPLICANT),
            Map.entry("GET /api/change-requests/members", Access.APPLICANT),
            Map.entry("POST /api/change-requests/member-removals", Access.APPLICANT),
            Map.entry("POST /api/change-requests/member-additions", Access.APPLICANT),
            Map.entry("GET /api/change-requests/{changeReference}", Access.OWN_APPLICATION_OR_REVIEWER),
            Map.entry("POST /api/change-requests/{changeReference}/withdrawal", Access.OWN_APPLICATION),
            Map.entry("POST /api/change-requests/{changeReference}/decision", Access.REVIEWER),
            Map.entry("GET /api/change-requests/{changeReference}/export", Access.REVIEWER),
            Map.entry("POST /api/change-requests/{changeReference}/loaded", Access.REVIEWER),
            Map.entry("GET /api/users", Access.ADMIN),
            Map.entry("POST /api/users", Access.ADMIN)));

    @Test
    void shouldHaveARuleForEveryPageAndEveryRestCall() throws IOException {
        assertThat(PAGES.keySet().stream().map(page -> page.replaceAll("\\?.*", "")).toList())
                .as("pages in the web module; a new page needs a rule here").containsExactlyInAnyOrderElementsOf(pageInventory());
        assertThat(CALLS.keySet()).as("REST calls in web.api; a new call needs a rule here")
                .containsExactlyInAnyOrderElementsOf(callInventory());
    }

    @Test
    void shouldLetEachAudienceOpenExactlyThePagesItsRoleAllows() {
        Map<Audience, PortalClient> clients = clients();
        SoftAssertions softly = new SoftAssertions();
        PAGES.forEach((page, access) -> {
            for (Audience audience : Audience.values()) {
                HttpResponse<String> response = clients.get(audience).get(page);
                String what = audience + " GET " + page + " (" + access + ")";
                if (access.allowed.contains(audience)) {
                    // the page itself, or a start page's redirect to where this audience begins (never sign-in or an error)
                    softly.assertThat(response.statusCode()).as(what + ": " + location(response)).isIn(200, 302);
                    softly.assertThat(location(response)).as(what).doesNotContain("/login.xhtml").doesNotContain("/error/");
                } else {
                    expectRefusal(softly, what, response, audience, false);
                }
            }
        });
        softly.assertAll();
    }

    @Test
    void shouldLetEachAudienceCallExactlyTheRestCallsItsRoleAllows() {
        Map<Audience, PortalClient> clients = clients();
        Map<String, String> parameters = Map.of("{reference}", OWN, "{taskId}", openTaskId(clients.get(Audience.REVIEWER)),
                "{id}", ownFileId(clients.get(Audience.APPLICANT)), "{id:[0-9]{1,18}}", "1", "{kind}", "CERTIFICATE",
                "{changeReference}", OWN + "-W1");
        Map<Audience, String> csrf = new EnumMap<>(Audience.class);
        clients.forEach((audience, client) -> csrf.put(audience,
                audience == Audience.ANONYMOUS ? "none" : PortalClient.csrfTokenIn(client.get(landing(audience)).body())));
        SoftAssertions softly = new SoftAssertions();
        CALLS.forEach((call, access) -> {
            String method = call.substring(0, call.indexOf(' '));
            String path = concrete(call.substring(call.indexOf(' ') + 1), parameters);
            for (Audience audience : Audience.values()) {
                boolean allowed = access.allowed.contains(audience);
                if (allowed && !method.equals("GET")) {
                    continue; // a call that changes something is made only by those who must be refused
                }
                HttpResponse<String> response = method.equals("GET") ? clients.get(audience).get(path)
                        : call.equals("POST /api/files") ? clients.get(audience).postBytes(path + "?purpose=CHECKLIST_EVIDENCE",
                                PDF, "matrix.pdf", csrf.get(audience))
                        : clients.get(audience).postJson(path, body(call), csrf.get(audience));
                String what = audience + " " + method + " " + path + " (" + access + ")";
                if (allowed) {
                    softly.assertThat(response.statusCode()).as(what + ": " + response.body())
                            .isNotIn(401, 403).isLessThan(500);
                    softly.assertThat(location(response)).as(what).doesNotContain("/login.xhtml");
                } else {
                    expectRefusal(softly, what, response, audience, true);
                }
            }
        });
        softly.assertAll();
    }

    /**
     * Anonymous: the sign-in page (the API, called by a program: 401 saying to sign in); signed in with the wrong role: 403;
     * another organisation's application, or staff at an applicant's file: 403 or 404, without a word of it.
     */
    private static void expectRefusal(SoftAssertions softly, String what, HttpResponse<String> response, Audience audience,
            boolean api) {
        if (audience == Audience.ANONYMOUS) {
            if (api) {
                softly.assertThat(response.statusCode()).as(what).isEqualTo(401);
                softly.assertThat(response.body()).as(what).contains("\"messageKey\":\"access.signInRequired\"");
                return;
            }
            softly.assertThat(response.statusCode()).as(what).isEqualTo(302);
            softly.assertThat(location(response)).as(what).contains("/login.xhtml");
        } else {
            softly.assertThat(response.statusCode()).as(what + ": " + location(response) + " " + response.body()).isIn(403, 404);
            if (audience == Audience.FOREIGN_APPLICANT) {
                softly.assertThat(response.body()).as(what).doesNotContain("Gemeente Voorbeeldstad").doesNotContain(OWN_OIN)
                        .doesNotContain("Parkeervergunning");
            }
        }
    }

    private static Map<Audience, PortalClient> clients() {
        Map<Audience, PortalClient> clients = new EnumMap<>(Audience.class);
        clients.put(Audience.ANONYMOUS, PortalClient.forSharedServer());
        Map<Audience, DemoAccount> accounts = Map.of(Audience.APPLICANT, DemoAccount.APPLICANT,
                Audience.FOREIGN_APPLICANT, DemoAccount.NEIGHBOUR, Audience.REVIEWER, DemoAccount.REVIEWER,
                Audience.ADMIN, DemoAccount.ADMIN);
        accounts.forEach((audience, account) -> {
            PortalClient client = PortalClient.forSharedServer();
            assertThat(client.signIn(account.username, DemoAccount.PASSWORD).statusCode()).as(audience + " signs in").isEqualTo(200);
            clients.put(audience, client);
        });
        return clients;
    }

    private static String landing(Audience audience) {
        return switch (audience) {
            case REVIEWER -> "/reviewer/tasks.xhtml";
            case ADMIN -> "/admin/index.xhtml";
            default -> "/applicant/index.xhtml";
        };
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** An open task of the demo application's, which only a reviewer may claim, release or complete. */
    private static String openTaskId(PortalClient reviewer) {
        Matcher task = Pattern.compile("\"taskId\":\"([^\"]+)\"").matcher(reviewer.get("/api/tasks").body());
        assertThat(task.find()).as("the demo data leave a reviewer's task open").isTrue();
        return task.group(1);
    }

    /** A file of the demo organisation's, uploaded by its applicant. */
    private static String ownFileId(PortalClient applicant) {
        String csrf = PortalClient.csrfTokenIn(applicant.get("/applicant/index.xhtml").body());
        HttpResponse<String> uploaded = applicant.postBytes("/api/files?purpose=CHECKLIST_EVIDENCE", PDF, "matrix-eigen.pdf", csrf);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return uploaded.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
    }

    private static String concrete(String path, Map<String, String> parameters) {
        String concrete = path;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            concrete = concrete.replace(parameter.getKey(), parameter.getValue());
        }
        return concrete;
    }

    private static Set<String> pageInventory() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static final Pattern CLASS_PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public class");
    private static final Pattern METHOD = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH)\\s*(?:@Path\\(\"([^\"]*)\"\\))?");

    /** Every resource method of web.api, read from its source: the class's {@code @Path} and the method's. */
    private static Set<String> callInventory() throws IOException {
        Set<String> calls = new TreeSet<>();
        try (Stream<Path> files = Files.list(API_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher resource = CLASS_PATH.matcher(source);
                if (!resource.find()) {
                    continue;
                }
                Matcher method = METHOD.matcher(source);
                List<String> found = new ArrayList<>();
                while (method.find()) {
                    found.add(method.group(1) + " /api" + resource.group(1) + (method.group(2) == null ? "" : method.group(2)));
                }
                assertThat(found).as("resource methods in " + file.getFileName()).isNotEmpty();
                calls.addAll(found);
            }
        }
        return calls;
    }
}
