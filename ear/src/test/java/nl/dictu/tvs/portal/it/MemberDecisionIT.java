package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.ClusterCredentials;
import nl.dictu.tvs.portal.trust.testpki.ClusterMember;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, per served organisation: the demo supplier applies for a cluster serving the demo municipality (on the
 * ALB list) and Gemeente Buurdorp (not on it, with its own answer to checklist item C2). Without Buurdorp's own RvIG
 * decision the submission is refused naming Buurdorp; API v1's draft takes the decision as a file reference and the
 * own answers; with the decision the application goes straight to the verification, where a reviewer sees each
 * member's ALB state and which checklist answers hold for it, and verifies Buurdorp's decision on its own. Both
 * members answer C2 themselves: at the checklist assessment the reviewer judges each member's answer (refused with
 * one missing), rejects Buurdorp's, the supplier reworks it in the rework task, and the next assessment accepts the
 * corrected answer. Over HTTP only (no browser). The mandates it grants are revoked at the end, as the other supplier
 * tests expect none.
 */
@Tag("h2-only")
class MemberDecisionIT {

    private static final String SUPPLIER_OIN = "00000099444444440000";
    private static final String SUPPLIER = "Leverancier Clusterdiensten";
    private static final String NEIGHBOUR_OIN = "00000099987654321000";
    private static final String NEIGHBOUR = "Gemeente Buurdorp";
    private static final String RVIG_REFERENCE = "RvIG-2026-0077";
    /** Buurdorp's own answer to C2 (the name at its login button): the cluster's answers hold for the rest. */
    private static final String OWN_C2 = "\"checklist\":[{\"code\":\"C2\",\"answer\":\"NO\","
            + "\"explanation\":\"De inlogknop toont nog de naam Buurdorp-Oost\"}]";
    /** The demo municipality's own answer to C2. */
    private static final String OWN_C2_DEMO = "\"checklist\":[{\"code\":\"C2\",\"answer\":\"YES\","
            + "\"explanation\":\"De inlogknop toont de eigen ALB-naam\"}]";
    private static final String REWORK_COMMENT = "De knop moet de ALB-naam Gemeente Buurdorp tonen";
    private static final String CORRECTED = "De inlogknop toont nu Gemeente Buurdorp";

    @RegisterExtension
    final ItBrowser browser = new ItBrowser();

    /** The cluster's pages as reviewer and supplier see them: axe-core, both languages, 1366 and 390 px. */
    private final PageInspection inspection = new PageInspection();

    @Test
    void shouldRequireEachServedOrganisationsOwnRvigDecisionAndLetAReviewerVerifyItAndJudgeItsOwnAnswersPerMember() {
        ApiV1Client registered = ApiV1Client.registeredBy(DemoAccount.SUPPLIER, "Leden " + UUID.randomUUID(),
                "APPLICATIONS_READ", "APPLICATIONS_SUBMIT", "ORGANISATIONS_ACT_FOR");
        String token = registered.token(null);
        List<PortalClient> signatories = new ArrayList<>();
        try {
            if (!holdsMandate(registered, token, ItApplications.OIN)) {
                signatories.add(ItMandates.grantByNewSignatory(DemoAccount.SUPPLIER, SUPPLIER_OIN));
            }
            if (!holdsMandate(registered, token, NEIGHBOUR_OIN)) {
                signatories.add(ItMandates.grantByNewSignatory(DemoAccount.NEIGHBOUR, "buurdorp.example", DemoAccount.SUPPLIER,
                        SUPPLIER_OIN));
            }
            appliesAndIsVerifiedPerMember(registered, token);
        } finally {
            signatories.forEach(ItMandates::revokeNewest);
        }
    }

    private void appliesAndIsVerifiedPerMember(ApiV1Client registered, String token) {
        ApiSession supplier = new ApiSession(DemoAccount.SUPPLIER);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        HttpResponse<String> notAPdf = supplier.upload("ALB_DECISION", "besluit.pdf", "geen pdf".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = supplier.upload("ALB_DECISION", "besluit-buurdorp.pdf",
                ItBrowser.MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII));
        assertThat(notAPdf.statusCode()).as("an RvIG decision is checked by its content").isBetween(400, 499);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String decisionId = uploaded.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");

        // API v1's draft: the decision as a file reference, listed with the member's ALB status
        HttpResponse<String> added = registered.post("/api/v1/draft/cluster-members", "{\"oin\":\"" + NEIGHBOUR_OIN
                + "\",\"services\":[\"Afvalpas\"],\"albDecisionFileId\":" + decisionId + "," + OWN_C2 + "}", token,
                UUID.randomUUID().toString());
        HttpResponse<String> listed = registered.get("/api/v1/draft/cluster-members?pageSize=100", token);
        HttpResponse<String> removed = registered.delete("/api/v1/draft/cluster-members/" + NEIGHBOUR_OIN, token);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(ApiV1Client.json(added.body()).getJsonNumber("albDecisionFileId").longValue()).isEqualTo(Long.parseLong(decisionId));
        JsonObject member = item(listed, NEIGHBOUR_OIN);
        assertThat(member.getBoolean("onAlbList")).isFalse();
        assertThat(member.getJsonNumber("albDecisionFileId").longValue()).isEqualTo(Long.parseLong(decisionId));
        assertThat(member.getJsonArray("ownChecklistItems").getString(0)).isEqualTo("C2");
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);

        ClusterCredentials cluster = ItPki.clusterCredentials(SUPPLIER_OIN, SUPPLIER, List.of(
                new ClusterMember(ItApplications.OIN, ItApplications.ORGANISATION), new ClusterMember(NEIGHBOUR_OIN, NEIGHBOUR)));
        HttpResponse<String> withoutDecision = supplier.post("/api/applications", submission(cluster, null));
        assertThat(withoutDecision.statusCode()).as(withoutDecision.body()).isBetween(400, 499);
        assertThat(withoutDecision.body()).contains(NEIGHBOUR + " (OIN " + NEIGHBOUR_OIN + ") staat niet op de ALB-lijst");

        HttpResponse<String> submitted = supplier.post("/api/applications", submission(cluster, decisionId));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiSession.field(submitted.body(), "reference");
        String task = reviewer.awaitTask(reference, "verifyAlbDecision");
        String page = reviewer.get("/reviewer/application.xhtml?reference=" + reference).body();
        assertThat(page).contains("id=\"memberVerdict-" + NEIGHBOUR_OIN + "\"", "besluit-buurdorp.pdf",
                "Staat op de ALB-lijst", "Niet op de ALB-lijst: RvIG-besluit wacht op verificatie",
                "Eigen antwoorden, verder die van het cluster:", "C2: Nee", "C2: Ja");

        HttpResponse<String> asAWhole = reviewer.complete(task, "{\"accepted\":true}");
        HttpResponse<String> accepted = reviewer.complete(task, "{\"memberVerdicts\":[{\"oin\":\"" + NEIGHBOUR_OIN
                + "\",\"accepted\":true,\"reference\":\"" + RVIG_REFERENCE + "\"}]}");
        assertThat(asAWhole.statusCode()).as(asAWhole.body()).isBetween(400, 499);
        assertThat(asAWhole.body()).contains("per organisatie");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        reviewer.awaitTask(reference, "registerApplication");
        assertThat(reviewer.get("/reviewer/application.xhtml?reference=" + reference).body())
                .contains("RvIG-besluit geverifieerd en geaccepteerd", RVIG_REFERENCE);
        HttpResponse<String> members = registered.get("/api/v1/applications/" + reference + "/cluster-members", token);
        assertThat(item(members, ItApplications.OIN).getString("albState")).isEqualTo("ON_ALB_LIST");
        assertThat(item(members, NEIGHBOUR_OIN).getString("albState")).isEqualTo("DECISION_ACCEPTED");
        membersChecklistIsAssessedPerMember(supplier, reviewer, reference);
        inspection.assertNoProblems();
    }

    /** From the registration to the preproduction approval, through one rework of Buurdorp's own answer to C2. */
    private void membersChecklistIsAssessedPerMember(ApiSession supplier, ApiSession reviewer, String reference) {
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "registerApplication"), "{\"accepted\":true}")
                .statusCode()).isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "arrangeDigidConnection"), "{\"reference\":\"DIGID-LEDEN-1\"}")
                .statusCode()).isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "deliverTestAccounts"),
                "{\"reference\":\"Testaccounts per beveiligde mail\"}").statusCode()).isEqualTo(204);
        assertThat(supplier.complete(supplier.awaitTask(reference, "acknowledgeTestAccounts"), "{}").statusCode()).isEqualTo(204);

        String assessment = reviewer.awaitTask(reference, "assessChecklist");
        assertThat(reviewer.get("/reviewer/application.xhtml?reference=" + reference).body()).contains(
                "id=\"memberChecklist-" + NEIGHBOUR_OIN + "\"", "id=\"memberVerdict-" + NEIGHBOUR_OIN + "-C2\"",
                "id=\"memberVerdict-" + ItApplications.OIN + "-C2\"", "Buurdorp-Oost");
        inspect(DemoAccount.REVIEWER, "/reviewer/application.xhtml?reference=" + reference, "Aanvraag " + reference,
                "cluster-checklist-assessment");
        HttpResponse<String> oneMissing = reviewer.complete(assessment, withMemberVerdicts(ItApplications.CHECKLIST,
                memberVerdict(ItApplications.OIN, true, null)));
        assertThat(oneMissing.statusCode()).as(oneMissing.body()).isBetween(400, 499);
        assertThat(oneMissing.body()).contains(NEIGHBOUR + " (OIN " + NEIGHBOUR_OIN + ")", "C2");
        HttpResponse<String> rejected = reviewer.complete(assessment, withMemberVerdicts(ItApplications.CHECKLIST,
                memberVerdict(ItApplications.OIN, true, null) + "," + memberVerdict(NEIGHBOUR_OIN, false, REWORK_COMMENT)));
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(204);

        supplier.awaitTask(reference, "reworkChecklist");
        String checklist = supplier.get("/api/applications/" + reference + "/checklist").body();
        assertThat(checklist).contains(NEIGHBOUR_OIN, REWORK_COMMENT);
        assertThat(supplier.get("/applicant/application.xhtml?reference=" + reference).body())
                .as("the supplier's application page: per served organisation its own answers and the verdicts on them")
                .contains("id=\"memberChecklist-" + NEIGHBOUR_OIN + "\"", REWORK_COMMENT);
        inspect(DemoAccount.SUPPLIER, "/applicant/rework.xhtml?reference=" + reference,
                "Checklistpunten herstellen " + reference, "cluster-checklist-rework");
        inspect(DemoAccount.SUPPLIER, "/applicant/application.xhtml?reference=" + reference, "Aanvraag " + reference,
                "cluster-application-members");
        HttpResponse<String> notTheRejected = supplier.post("/api/applications/" + reference + "/checklist-rework",
                "{\"checklist\":[],\"members\":[]}");
        assertThat(notTheRejected.statusCode()).as(notTheRejected.body()).isBetween(400, 499);
        assertThat(notTheRejected.body()).contains(NEIGHBOUR + " (OIN " + NEIGHBOUR_OIN + ")");
        HttpResponse<String> reworked = supplier.post("/api/applications/" + reference + "/checklist-rework",
                "{\"checklist\":[],\"members\":[{\"oin\":\"" + NEIGHBOUR_OIN + "\",\"checklist\":[{\"code\":\"C2\","
                        + "\"answer\":\"YES\",\"explanation\":" + ItApplications.jsonString(CORRECTED) + "}]}]}");
        assertThat(reworked.statusCode()).as(reworked.body()).isEqualTo(204);

        String second = reviewer.awaitTask(reference, "assessChecklist");
        String page = reviewer.get("/reviewer/application.xhtml?reference=" + reference).body();
        assertThat(page).contains("id=\"memberVerdict-" + NEIGHBOUR_OIN + "-C2\"", CORRECTED, REWORK_COMMENT)
                .doesNotContain("id=\"memberVerdict-" + ItApplications.OIN + "-C2\"");
        HttpResponse<String> accepted = reviewer.complete(second, withMemberVerdicts(List.of(),
                memberVerdict(NEIGHBOUR_OIN, true, null)));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(reviewer.awaitTask(reference, "approvePreproduction")).isNotBlank();
        assertThat(reviewer.get("/reviewer/application.xhtml?reference=" + reference + "&tab=checklist").body())
                .as("the checklist tab: each member's answers with their newest verdict")
                .contains("id=\"memberChecklistStatus-" + NEIGHBOUR_OIN + "\"", "id=\"memberChecklistStatus-"
                        + ItApplications.OIN + "\"", CORRECTED);
    }

    /** The checklist assessment: the application's own items accepted, and the members' verdicts given. */
    /** {@code page} as {@code account} sees it in a browser, through the inspection (axe, both languages, two widths). */
    private void inspect(DemoAccount account, String page, String title, String name) {
        browser.signIn(account, page + "&lang=nl", title);
        inspection.inBothLanguages(browser.driver, name);
        browser.signOut();
    }

    private static String withMemberVerdicts(List<String> ownItems, String memberVerdicts) {
        String own = ItApplications.verdicts(ownItems, "");
        return own.substring(0, own.length() - 1) + ",\"memberItemVerdicts\":[" + memberVerdicts + "]}";
    }

    private static String memberVerdict(String oin, boolean accepted, String comment) {
        return "{\"oin\":\"" + oin + "\",\"code\":\"C2\",\"accepted\":" + accepted
                + (comment == null ? "" : ",\"comment\":" + ItApplications.jsonString(comment)) + "}";
    }

    /** The supplier's submission, serving both organisations; Buurdorp's decision only when {@code decisionId} is given. */
    private static String submission(ClusterCredentials cluster, String decisionId) {
        String answers = ItApplications.CHECKLIST.stream().map(code -> "{\"code\":\"" + code + "\",\"answer\":\"YES\"}")
                .collect(Collectors.joining(","));
        return "{\"services\":[{\"name\":\"Parkeervergunning\",\"nameEn\":\"Parking permit\",\"minimumLevels\":[\"DIGID_MIDDEN\",\"EH2_PLUS\"],"
                + "\"description\":\"Parkeervergunning aanvragen\",\"url\":\"https://www.leverancier.example/parkeren\"}],"
                + "\"eenmaligInloggen\":false,\"certificatePem\":" + ItApplications.jsonString(cluster.certificatePem()) + ","
                + "\"metadataBase64\":\"" + ItApplications.base64(cluster.signedMetadata()) + "\",\"termsVersion\":\"2026.1\","
                + "\"contacts\":[{\"role\":\"TECHNICAL\",\"name\":\"Lea Leverancier\",\"email\":\"lea@leverancier.example\"}],"
                + "\"checklist\":[" + answers + "],"
                + "\"clusterMembers\":[{\"oin\":\"" + ItApplications.OIN + "\",\"services\":[\"Parkeervergunning\"],"
                + OWN_C2_DEMO + "},"
                + "{\"oin\":\"" + NEIGHBOUR_OIN + "\",\"services\":[\"Afvalpas\"]," + OWN_C2
                + (decisionId == null ? "" : ",\"albDecisionFileId\":" + decisionId) + "}]}";
    }

    /** The page's item of the organisation with this OIN. */
    private static JsonObject item(HttpResponse<String> page, String oin) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return ApiV1Client.json(page.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(member -> member.getString("oin").equals(oin)).findFirst()
                .orElseThrow(() -> new AssertionError(oin + " not in " + page.body()));
    }

    private static boolean holdsMandate(ApiV1Client registered, String token, String oin) {
        HttpResponse<String> served = registered.get("/api/v1/served-organisations/" + oin, token);
        assertThat(served.statusCode()).as(served.body()).isIn(200, 403);
        return served.statusCode() == 200;
    }
}
