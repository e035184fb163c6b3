package nl.dictu.tvs.portal.it;

import jakarta.mail.internet.MimeMessage;
import nl.dictu.tvs.portal.it.faults.ItFaults;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL database behind HAProxy ({@link ItCluster}): races between people on
 * different nodes (one task completed twice, one draft saved twice), the job executor on both nodes,
 * a node killed in the middle of an async step, and a session that outlives its node. Runs once, in
 * the PostgreSQL pass. {@code -Dtvs.it.cluster.applications=N} (default 50) sets how many
 * applications run to preproduction, each with two tasks raced on the way (2N races of task
 * completion), {@code -Dtvs.it.cluster.draft.races=N} (default 100) how often the draft is saved twice at once,
 * {@code -Dtvs.it.cluster.submitRaces=N} (default 100) how often a complete draft is submitted twice at once.
 */
@Tag("postgresql-only")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int APPLICATIONS = Integer.getInteger("tvs.it.cluster.applications", 50);
    private static final int DRAFT_RACES = Integer.getInteger("tvs.it.cluster.draft.races", 100);
    private static final int SUBMIT_RACES = Integer.getInteger("tvs.it.cluster.submitRaces", 100);
    /** How many applications are submitted, or taken through their steps, at once. */
    private static final int PARALLEL = 4;
    /** The least time between a page arriving in the browser and a person's click on it. */
    private static final Duration HUMAN_CLICK = Duration.ofMillis(300);
    private static final String ORGANISATION_STEP = "/applicant/apply/organisation.xhtml";
    private static final Duration ASYNC_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern CLAIM_BUTTON = Pattern.compile(
            "name=\"(taskForm:row:\\d+:claim)\"[^>]*aria-label=\"Oppakken ([^\"]+)\"");

    private static ItCluster cluster;
    private static final List<String> raced = new ArrayList<>();

    /** The cluster's database numbers its applications anew: mail of the shared server's must not count as its own. */
    @BeforeAll
    static void startCluster() throws IOException {
        cluster = ItCluster.start();
        ItMail.purge();
    }

    /** ... nor the cluster's mail as the shared server's in the tests after this one. */
    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
        ItMail.purge();
    }

    @Test
    @Order(1)
    void shouldLetExactlyOneOfTwoReviewersOnDifferentNodesCompleteTheSameTask() throws Exception {
        ApiSession applicant = new ApiSession(new PortalClient(cluster.balancerUrl()), DemoAccount.APPLICANT);
        ApiSession onNode1 = new ApiSession(new PortalClient(cluster.node(1).baseUrl()), DemoAccount.REVIEWER);
        ApiSession onNode2 = new ApiSession(new PortalClient(cluster.node(2).baseUrl()), DemoAccount.REVIEWER_2);
        // all at once, the year's first submissions included: they open the year's reference counter together
        raced.addAll(inParallel(java.util.Collections.nCopies(APPLICATIONS, applicant), ClusterIT::submit));
        for (String reference : raced) {
            race(onNode1, onNode2, reference, "registerApplication", "{\"accepted\":true}");
        }
        assertThat(cluster.queryLong("SELECT count(*) FROM act_ru_incident")).as("incidents").isZero();
    }

    /**
     * The same task completed by a reviewer on each node at the same moment: one gets 204, the other
     * 409 with the "already handled" message, never a 500.
     */
    private static void race(ApiSession onNode1, ApiSession onNode2, String reference, String taskKey, String decision)
            throws Exception {
        String task = onNode1.awaitTask(reference, taskKey);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<HttpResponse<String>> first = both.submit(() -> {
                start.await();
                return onNode1.complete(task, decision);
            });
            Future<HttpResponse<String>> second = both.submit(() -> {
                start.await();
                return onNode2.complete(task, decision);
            });
            List<HttpResponse<String>> answers = List.of(first.get(), second.get());
            assertThat(answers).as(reference + " " + taskKey).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
            assertThat(answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow().body())
                    .as(reference).contains("task.alreadyCompleted").contains("intussen al afgehandeld");
        } finally {
            both.shutdownNow();
        }
    }

    /** {@code work} for each item, {@value #PARALLEL} at a time, the results in the items' order. */
    private static <T, R> List<R> inParallel(List<T> items, java.util.function.Function<T, R> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<R>> results = new ArrayList<>();
            for (T item : items) {
                results.add(pool.submit(() -> work.apply(item)));
            }
            List<R> done = new ArrayList<>();
            for (Future<R> result : results) {
                done.add(result.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The raced applications go on to preproduction, several at once, their DigiD-connection tasks
     * raced again (so 2N races of task completion in all); the job executors of both nodes run the
     * steps in between.
     */
    @Test
    @Order(2)
    void shouldRunEveryJobOnceWithTheJobExecutorOnBothNodes() throws Exception {
        assertThat(raced).as("the applications of the race").hasSize(APPLICATIONS);
        ApiSession applicant = new ApiSession(new PortalClient(cluster.balancerUrl()), DemoAccount.APPLICANT);
        ApiSession reviewer = new ApiSession(new PortalClient(cluster.node(1).baseUrl()), DemoAccount.REVIEWER);
        ApiSession secondReviewer = new ApiSession(new PortalClient(cluster.node(2).baseUrl()), DemoAccount.REVIEWER_2);
        for (String reference : raced) {
            race(reviewer, secondReviewer, reference, "arrangeDigidConnection", "{\"reference\":\"DIGID-CLUSTER\"}");
        }
        inParallel(raced, reference -> {
            assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "deliverTestAccounts"),
                    "{\"reference\":\"testaccounts per beveiligde mail\"}").statusCode()).as(reference).isEqualTo(204);
            assertThat(applicant.complete(applicant.awaitTask(reference, "acknowledgeTestAccounts"), "{}").statusCode())
                    .as(reference).isEqualTo(204);
            assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessChecklist"),
                    ItApplications.verdicts(ItApplications.CHECKLIST, "")).statusCode()).as(reference).isEqualTo(204);
            assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "approvePreproduction"),
                    "{\"accepted\":true}").statusCode()).as(reference).isEqualTo(204);
            ItApplications.supplyPreproductionMetadata(applicant, reference, ItApplications.OIN, ItApplications.ORGANISATION);
            ItMail.awaitMail(m -> ItMail.subject(m).contains(reference + ": aangesloten op preproductie"), ASYNC_TIMEOUT);
            return applicant.awaitTask(reference, "requestProduction");
        });
        for (String reference : raced) {
            assertRanOnce(reference, List.of("RECEIPT", "CHECKLIST_ASSESSMENT", "PREPRODUCTION_APPROVAL"));
            assertThat(mails(reference, ": aangesloten op preproductie")).as(reference).isEqualTo(1);
        }
        assertThat(cluster.queryLong("SELECT count(*) FROM act_ru_incident")).as("incidents").isZero();
        assertThat(cluster.queryLong("SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL")).as("failed jobs").isZero();
        for (int n = 1; n <= 2; n++) {
            assertThat(Files.readString(cluster.node(n).log())).as("the mail senders of both nodes never fail on each other's claims")
                    .doesNotContain("OutboxTransactions.claimDue");
        }
    }

    @Test
    @Order(3)
    void shouldLetOneOfTwoSavesOfTheSameDraftOnDifferentNodesWinAndTellTheOther() throws Exception {
        PortalClient first = new PortalClient(cluster.node(1).baseUrl());
        PortalClient second = new PortalClient(cluster.node(2).baseUrl());
        first.signIn(DemoAccount.APPLICANT.username, DemoAccount.PASSWORD);
        second.signIn(DemoAccount.APPLICANT.username, DemoAccount.PASSWORD);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < DRAFT_RACES; round++) {
                String name = "Gemeente Voorbeeldstad " + round;
                Map<String, String> firstForm = organisationStep(first, name + " (1)");
                Map<String, String> secondForm = organisationStep(second, name + " (2)");
                CyclicBarrier start = new CyclicBarrier(2);
                Future<HttpResponse<String>> a = both.submit(() -> {
                    start.await();
                    return first.postForm(ORGANISATION_STEP, firstForm);
                });
                Future<HttpResponse<String>> b = both.submit(() -> {
                    start.await();
                    return second.postForm(ORGANISATION_STEP, secondForm);
                });
                List<HttpResponse<String>> answers = List.of(a.get(), b.get());
                assertThat(answers).as("round %d", round).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 200);
                assertThat(answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().body())
                        .as("round %d", round).contains("id=\"refusalText\"").contains("heeft de aanvraag intussen gewijzigd");
            }
        } finally {
            both.shutdownNow();
        }
        assertThat(cluster.queryLong("SELECT count(*) FROM application_draft d JOIN organisation o ON o.id = d.organisation_id"
                + " WHERE o.oin = ? AND d.submitted_reference IS NULL", ItApplications.OIN)).as("open drafts").isEqualTo(1);
    }

    /** The wizard's first step as the member sees it now, filled in with {@code name} and its "next" button. */
    private static Map<String, String> organisationStep(PortalClient member, String name) {
        HttpResponse<String> page = member.get(ORGANISATION_STEP);
        assertThat(page.statusCode()).isEqualTo(200);
        return FacesForm.fields(page.body(), "stepForm", "next", Map.of("organisationName", name));
    }

    @Test
    @Order(4)
    void shouldCompleteEveryAsyncStepOnceWhenItsNodeIsKilledInTheMiddle() throws Exception {
        ApiSession applicant = new ApiSession(new PortalClient(cluster.balancerUrl()), DemoAccount.APPLICANT);
        ApiSession reviewer = new ApiSession(new PortalClient(cluster.balancerUrl()), DemoAccount.REVIEWER);
        List<String> submitted = new ArrayList<>();

        PortalServer restarting = crashDuring("runAutomatedChecks", () -> submitted.add(submit(applicant)));
        String reference = submitted.get(0);
        String registration = reviewer.awaitTask(reference, "registerApplication");
        restarting.awaitReady();

        restarting = crashDuring("issueServiceUuids",
                () -> assertThat(reviewer.complete(registration, "{\"accepted\":true}").statusCode()).isEqualTo(204));
        reviewer.awaitTask(reference, "arrangeDigidConnection");

        assertRanOnce(reference, List.of("RECEIPT"));
        String normal = raced.get(0);
        assertThat(checkResults(reference)).as("the automated checks' results, as many as for an application no node died for")
                .isEqualTo(checkResults(normal));
        assertThat(cluster.queryLong("SELECT count(*) FROM act_ru_incident")).as("incidents").isZero();
        restarting.awaitReady();
    }

    /**
     * Killed inside document generation: the receipt PDF made and its mail queued, the job's
     * transaction not yet committed. The other node makes the receipt again, once.
     */
    @Test
    @Order(5)
    void shouldIssueTheDocumentOnceWhenItsNodeIsKilledWhileGeneratingIt() throws Exception {
        ApiSession applicant = new ApiSession(new PortalClient(cluster.balancerUrl()), DemoAccount.APPLICANT);
        ApiSession reviewer = new ApiSession(new PortalClient(cluster.balancerUrl()), DemoAccount.REVIEWER);
        List<String> submitted = new ArrayList<>();

        PortalServer restarting = crashDuring(ItFaults.atEnd("runAutomatedChecks"), () -> submitted.add(submit(applicant)));
        String reference = submitted.get(0);
        reviewer.awaitTask(reference, "registerApplication");

        assertDocumentsOnce(reference, List.of("RECEIPT"));
        assertReceivedOnce(reference);
        assertThat(checkResults(reference)).as("the automated checks' results").isEqualTo(checkResults(raced.get(0)));
        assertThat(cluster.queryLong("SELECT count(*) FROM act_ru_incident")).as("incidents").isZero();
        restarting.awaitReady();
    }

    /**
     * Killed inside mail send: the outbox row claimed, the SMTP server not yet reached. Once the
     * claim's lease ({@code TVS_OUTBOX_LEASE}, short here) has run out, a node claims the mail again
     * and GreenMail gets it exactly once, with the Message-ID every attempt of that row carries.
     */
    @Test
    @Order(6)
    void shouldSendTheMailOnceWhenItsNodeIsKilledWhileSendingIt() throws Exception {
        ApiSession applicant = new ApiSession(new PortalClient(cluster.balancerUrl()), DemoAccount.APPLICANT);
        for (int n = 1; n <= 2; n++) {
            cluster.smtp(n).hold(true);
        }
        String reference = submit(applicant);
        PortalServer sender = awaitSmtpHeld();
        assertThat(cluster.queryLong("SELECT count(*) FROM outbox_mail WHERE status = 'SENDING' AND template_key = 'applicationReceived'"
                + " AND parameters_json LIKE ? AND recipient = " + APPLICANT_ADDRESS, "%\"" + reference + "\"%"))
                .as("the receipt mail, claimed").isEqualTo(1);
        sender.kill();
        for (int n = 1; n <= 2; n++) {
            cluster.smtp(n).hold(false);
        }
        sender.launch();

        MimeMessage mail = ItMail.awaitMail(m -> isApplicantsReceipt(m, reference), ASYNC_TIMEOUT);
        sender.awaitReady();
        // a second delivery would have come within one more sending round
        PortalServer.sleep(Duration.ofSeconds(6));
        assertThat(mails(reference, ": ontvangen")).as(reference + " receipt mails").isEqualTo(1);
        assertThat(mail.getMessageID()).startsWith("<tvs-outbox-");
        assertThat(cluster.queryLong("SELECT attempts FROM outbox_mail WHERE status = 'SENT' AND template_key = 'applicationReceived'"
                + " AND parameters_json LIKE ? AND recipient = " + APPLICANT_ADDRESS, "%\"" + reference + "\"%")).as("the dead node's attempt and the one after its lease").isEqualTo(2);
        assertThat(cluster.queryLong("SELECT count(*) FROM outbox_mail WHERE status = 'SENDING'")).as("mails left claimed").isZero();
        assertThat(Files.readString(sender.log()).contains("claimed again")
                || Files.readString(cluster.other(sender).log()).contains("claimed again")).as("a node logged the reclaim").isTrue();
    }

    /** The node whose mail sender the test's SMTP relay holds. */
    private static PortalServer awaitSmtpHeld() {
        Instant deadline = Instant.now().plus(ASYNC_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            for (int n = 1; n <= 2; n++) {
                if (cluster.smtp(n).waiting() > 0) {
                    return cluster.node(n);
                }
            }
            PortalServer.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("No node began to send mail within " + ASYNC_TIMEOUT);
    }

    /** The check results of the submitted version: the applications of the race have versions after it (their preproduction metadata). */
    private static long checkResults(String reference) {
        return cluster.queryLong("SELECT count(*) FROM check_result c JOIN application_version v ON v.id = c.version_id"
                + " JOIN application a ON a.id = v.application_id WHERE a.reference = ? AND v.number = 1", reference);
    }

    /**
     * A double-clicked "Aanvraag indienen" whose two postbacks reach different nodes: one browser (one
     * session), the summary form posted to each node at the same moment. Both land on the submitted
     * page of the one application made, never on an error.
     */
    @Test
    @Order(7)
    void shouldMakeOneApplicationOfADoubleClickedSubmitOnTwoNodes() throws Exception {
        PortalClient onNode1 = new PortalClient(cluster.node(1).baseUrl());
        assertThat(onNode1.signIn(DemoAccount.APPLICANT.username, DemoAccount.PASSWORD).statusCode()).isEqualTo(200);
        PortalClient onNode2 = onNode1.at(cluster.node(2).baseUrl());
        IssuedCertificate certificate = ItPki.certificate(ItApplications.OIN, ItApplications.ORGANISATION);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < SUBMIT_RACES; round++) {
                // two uploads a round: a hundred rounds are more than one person may upload in ten minutes
                cluster.forgetUploadLimit();
                WizardOverHttp.fillDraft(onNode1, ItApplications.ORGANISATION + " dubbelklik " + round, certificate);
                Map<String, String> form = FacesForm.fields(onNode1.get(WizardOverHttp.SUMMARY).body(), "submitForm", "submit", Map.of());
                // a person clicks some time after the page came: WildFly writes the session (with the page's view
                // state) to the other node only after the response went out (DistributableSession.requestDone), so a
                // post to node 2 within milliseconds of the page could find the view not there yet: "page expired"
                PortalServer.sleep(HUMAN_CLICK);
                long before = cluster.queryLong("SELECT count(*) FROM application");
                CyclicBarrier start = new CyclicBarrier(2);
                Future<HttpResponse<String>> a = both.submit(() -> {
                    start.await();
                    return onNode1.postForm(WizardOverHttp.SUMMARY, form);
                });
                Future<HttpResponse<String>> b = both.submit(() -> {
                    start.await();
                    return onNode2.postForm(WizardOverHttp.SUMMARY, form);
                });
                List<HttpResponse<String>> answers = List.of(a.get(), b.get());
                // one submits and is sent to the submitted page; the other, whether it reached the service while
                // the first was at work or after it committed, gets the same application: the same redirect, or
                // the summary page saying it was submitted already, with the reference
                List<HttpResponse<String>> redirected = answers.stream().filter(r -> r.statusCode() == 302).toList();
                assertThat(redirected).as("round %d: node 1 %d, node 2 %d", round, answers.get(0).statusCode(),
                        answers.get(1).statusCode()).isNotEmpty();
                String location = redirected.get(0).headers().firstValue("Location").orElseThrow();
                assertThat(location).as("round %d", round).contains("/applicant/apply/submitted.xhtml?reference=TVS-");
                String reference = location.substring(location.indexOf("reference=") + "reference=".length());
                for (HttpResponse<String> answer : answers) {
                    if (answer.statusCode() == 302) {
                        assertThat(answer.headers().firstValue("Location")).as("round %d: the same application", round)
                                .hasValue(location);
                    } else {
                        assertThat(answer.statusCode()).as("round %d: %s", round, answer.body()).isEqualTo(200);
                        assertThat(answer.body()).as("round %d: the already-submitted message", round)
                                .contains("Deze aanvraag is al ingediend als " + reference + ".");
                    }
                }
                List<String> locations = List.of(location, location);
                assertThat(onNode2.get(PortalClient.pathOf(locations.get(1))).statusCode()).as("round %d", round).isEqualTo(200);
                assertThat(cluster.queryLong("SELECT count(*) FROM application")).as("round %d: one application", round)
                        .isEqualTo(before + 1);
            }
        } finally {
            both.shutdownNow();
        }
    }

    @Test
    @Order(8)
    void shouldKeepTheSessionWhenItsNodeIsKilled() {
        // the balancer takes a node back after two passed checks, two seconds apart
        PortalServer.sleep(Duration.ofSeconds(6));
        PortalClient browser = new PortalClient(cluster.balancerUrl());
        HttpResponse<String> taskList = browser.signIn(DemoAccount.REVIEWER.username, DemoAccount.PASSWORD);
        assertThat(taskList.statusCode()).isEqualTo(200);
        String servedBy = browser.cookie("TVS_NODE").orElseThrow(() -> new AssertionError("no sticky cookie from the balancer"));
        String sessionId = browser.sessionId().orElseThrow();
        assertThat(browser.get("/api/tasks").statusCode()).isEqualTo(200);

        cluster.node(servedBy).kill();

        Matcher claim = CLAIM_BUTTON.matcher(taskList.body());
        assertThat(claim.find()).as("a task to claim on the task list").isTrue();
        HttpResponse<String> claimed = browser.postForm("/reviewer/tasks.xhtml",
                FacesForm.fields(taskList.body(), "taskForm", claim.group(1), Map.of()));
        assertThat(claimed.statusCode()).as("the claim answered with the task list again, not the sign-in page")
                .isEqualTo(302);
        String listAgain = claimed.headers().firstValue("Location").orElseThrow();
        assertThat(listAgain).contains("/reviewer/tasks.xhtml").doesNotContain("login");
        // Not the confirmation: Mojarra keeps the flash per node, so it does not survive the move (see docs/operations/cluster.md).
        assertThat(browser.get("/reviewer/tasks.xhtml?view=MINE").body()).as("the claim ran on the node that took over the session")
                .contains(">" + claim.group(2) + "</a>");
        assertThat(browser.cookie("TVS_NODE")).as("the balancer moved the session").isNotEqualTo(java.util.Optional.of(servedBy));

        HttpResponse<String> tasks = browser.get("/api/tasks");
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).startsWith("[");
        assertThat(browser.sessionId().orElseThrow()).as("the same session, not a new sign-in")
                .startsWith(sessionId.split("\\.")[0]);
    }

    /**
     * Holds {@code activityId} on both nodes, lets {@code trigger} start it, kills the node whose job
     * executor took it and releases the hold. Returns that node, started again but perhaps not ready
     * yet: meanwhile the other node runs the step once the dead node's job lock has expired.
     */
    private static PortalServer crashDuring(String activityId, Runnable trigger) throws IOException {
        for (int n = 1; n <= 2; n++) {
            ItFaults.hold(cluster.node(n).baseDir(), activityId, true);
        }
        trigger.run();
        PortalServer held = awaitHeld(activityId);
        held.kill();
        for (int n = 1; n <= 2; n++) {
            ItFaults.hold(cluster.node(n).baseDir(), activityId, false);
        }
        held.launch();
        return held;
    }

    private static PortalServer awaitHeld(String activityId) {
        Instant deadline = Instant.now().plus(ASYNC_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            for (int n = 1; n <= 2; n++) {
                if (ItFaults.isHeld(cluster.node(n).baseDir(), activityId)) {
                    return cluster.node(n);
                }
            }
            PortalServer.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("No node started " + activityId + " within " + ASYNC_TIMEOUT);
    }

    private static String submit(ApiSession applicant) {
        HttpResponse<String> submitted = applicant.post("/api/applications",
                ConnectionRequestIT.submission(ItPki.certificate(ItApplications.OIN, ItApplications.ORGANISATION)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return ApiSession.field(submitted.body(), "reference");
    }

    /** Every document once, the ServiceUUIDs once per service and environment, the receipt mail once. */
    private static void assertRanOnce(String reference, List<String> documentTypes) {
        assertDocumentsOnce(reference, documentTypes);
        assertThat(cluster.queryLong("SELECT count(*) FROM issued_service_uuid u JOIN application a ON a.id = u.application_id"
                + " WHERE a.reference = ?", reference)).as(reference + " ServiceUUIDs, one per environment").isEqualTo(2);
        assertReceivedOnce(reference);
    }

    private static void assertDocumentsOnce(String reference, List<String> documentTypes) {
        for (String type : documentTypes) {
            assertThat(cluster.queryLong("SELECT count(*) FROM issued_document d JOIN application a ON a.id = d.application_id"
                    + " WHERE a.reference = ? AND d.document_type = ?", reference, type)).as(reference + " " + type).isEqualTo(1);
        }
    }

    /**
     * The submitting applicant's receipt mail in GreenMail once, and in the outbox once. Every member of the
     * organisation is told, each in a mail of their own; the applicant's stands for them.
     */
    private static void assertReceivedOnce(String reference) {
        ItMail.awaitMail(m -> isApplicantsReceipt(m, reference), ASYNC_TIMEOUT);
        assertThat(mails(reference, ": ontvangen")).as(reference + " receipt mails to the applicant").isEqualTo(1);
        assertThat(cluster.queryLong("SELECT count(*) FROM outbox_mail WHERE template_key = 'applicationReceived'"
                + " AND parameters_json LIKE ? AND recipient = " + APPLICANT_ADDRESS, "%\"" + reference + "\"%"))
                .as(reference + " receipt mails to the applicant in the outbox").isEqualTo(1);
    }

    /** The demo applicant's address, as SQL. */
    private static final String APPLICANT_ADDRESS = "(SELECT email FROM user_account WHERE username = '"
            + DemoAccount.APPLICANT.username + "')";

    private static boolean isApplicantsReceipt(MimeMessage mail, String reference) {
        return ItMail.subject(mail).contains(reference + ": ontvangen")
                && ItMail.isTo(mail, cluster.query("SELECT " + APPLICANT_ADDRESS, String.class));
    }

    /** Mails to the demo applicant whose subject names the application and contains the given part. */
    private static long mails(String reference, String subjectPart) {
        String address = cluster.query("SELECT " + APPLICANT_ADDRESS, String.class);
        return ItMail.count(m -> ItMail.subject(m).contains(reference + subjectPart) && ItMail.isTo(m, address));
    }
}
