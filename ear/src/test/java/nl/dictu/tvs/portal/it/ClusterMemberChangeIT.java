package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.ClusterCredentials;
import nl.dictu.tvs.portal.trust.testpki.ClusterMember;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static nl.dictu.tvs.portal.it.ItApplications.OIN;
import static nl.dictu.tvs.portal.it.ItApplications.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo supplier's cluster connection, live in preproduction for the demo municipality, changed over the portal's
 * API: bad requests refused with their own messages (an organisation not connected, one connected already, an OIN
 * failing the check, no mandate, not on the ALB list without RvIG's decision, a decision that is no PDF); Gemeente
 * Buurdorp, once it gave the supplier a mandate, added with RvIG's decision over the API and reviewed with four eyes,
 * while the municipality is removed at the same time in the fast lane on the pages; a second open request for Buurdorp
 * refused with a link to the first. The cluster application gives the municipality ServiceUUIDs of its own at
 * issueServiceUuids, the addition gives Buurdorp its own. Applied, the aansluitbestand shows both and DICTU's export names
 * the organisation and its ServiceUUIDs.
 */
@Tag("h2-only")
class ClusterMemberChangeIT {

    static final String SUPPLIER_OIN = "00000099444444440000";
    static final String SUPPLIER = "Leverancier Clusterdiensten";
    static final String NEIGHBOUR_OIN = "00000099987654321000";
    static final String NEIGHBOUR = "Gemeente Buurdorp";
    private static final String ADDITIONS = "/api/change-requests/member-additions";
    private static final String REMOVALS = "/api/change-requests/member-removals";
    static final byte[] PDF = "%PDF-1.4\n% besluit RvIG Buurdorp\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void shouldLetASupplierRemoveAndAddServedOrganisationsOfItsLiveClusterConnection() {
        ApiSession supplier = new ApiSession(DemoAccount.SUPPLIER);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        ApiSession secondReviewer = new ApiSession(DemoAccount.REVIEWER_2);
        PortalClient municipality = holdsMandate(supplier, OIN) ? null
                : ItMandates.grantByNewSignatory(DemoAccount.APPLICANT, DemoAccount.SUPPLIER, SUPPLIER_OIN);
        PortalClient neighbour = null;
        try {
            String reference = liveCluster(supplier, reviewer, secondReviewer);
            // issueServiceUuids gave the served municipality ServiceUUIDs of its own, apart from the supplier's
            String dossier = supplier.get("/api/applications/" + reference).body();
            assertThat(dossier).contains("\"memberServiceUuids\"", "\"oin\":\"" + OIN + "\"")
                    .containsPattern("\"memberServiceUuids\":\\[\\{[^\\]]*\"service\":\"Parkeervergunning\"[^\\]]*\"uuid\":\"[0-9a-f-]{36}\"");
            assertThat(reviewer.client().get("/reviewer/application.xhtml?reference=" + reference + "&tab=uuid").body())
                    .contains("Organisatie (OIN)", ORGANISATION + " (" + OIN + ")");
            assertThat(supplier.client().get("/applicant/application.xhtml?reference=" + reference).body())
                    .contains("Dienstnummers van de bediende organisaties", "id=\"memberSnippet-0-preproduction\"");
            HttpResponse<String> members = supplier.get("/api/change-requests/members?reference=" + reference
                    + "&environment=PREPRODUCTION");
            assertThat(members.statusCode()).as(members.body()).isEqualTo(200);
            assertThat(members.body()).contains(OIN, "\"connected\":true").doesNotContain(NEIGHBOUR_OIN);

            assertRefused(supplier.post(REMOVALS, removal(reference, NEIGHBOUR_OIN)), "change.member.notConnected",
                    "is nu niet aangesloten");
            assertRefused(supplier.post(ADDITIONS, addition(reference, OIN, ORGANISATION, null, null)),
                    "change.member.alreadyConnected", "is al aangesloten");
            assertRefused(supplier.post(ADDITIONS, addition(reference, "0000009912345", NEIGHBOUR, null, null)),
                    "change.member.oinInvalid", "Het OIN 0000009912345 klopt niet");
            assertRefused(supplier.post(ADDITIONS, addition(reference, NEIGHBOUR_OIN, NEIGHBOUR, null, null)),
                    "mandate.missing", NEIGHBOUR);

            neighbour = ItMandates.grantByNewSignatory(DemoAccount.NEIGHBOUR, DemoAccount.SUPPLIER, SUPPLIER_OIN);
            assertRefused(supplier.post(ADDITIONS, addition(reference, NEIGHBOUR_OIN, NEIGHBOUR, null, null)),
                    "change.member.rvigDecisionRequired", "staat niet op de ALB-lijst");
            assertRefused(supplier.post(ADDITIONS, addition(reference, NEIGHBOUR_OIN, NEIGHBOUR, "besluit.pdf",
                    "<html>geen besluit</html>".getBytes(StandardCharsets.UTF_8))), "change.member.decisionNotPdf",
                    "besluit.pdf");

            HttpResponse<String> added = supplier.post(ADDITIONS, addition(reference, NEIGHBOUR_OIN, NEIGHBOUR, "besluit.pdf", PDF));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            String addition = ApiSession.field(added.body(), "reference");
            assertThat(added.body()).contains("\"lane\":\"REVIEWED\"", "\"taskKey\":\"assessChange\"", "\"action\":\"ADD\"",
                    "\"onAlbList\":false", "\"rvigDecisionFileName\":\"besluit.pdf\"");
            HttpResponse<String> again = supplier.post(ADDITIONS, addition(reference, NEIGHBOUR_OIN, NEIGHBOUR, "besluit.pdf", PDF));
            assertThat(again.statusCode()).as("another request is in the way: " + again.body()).isEqualTo(409);
            assertThat(again.body()).contains("change.member.alreadyOpen", "/applicant/change-request.xhtml?reference=" + addition,
                    "\"conflictsWith\":\"/api/v1/change-requests/" + addition + "\"");

            String removal = removeOnThePages(supplier.client(), reference);
            assertThat(supplier.get("/api/change-requests/" + removal).body()).as("beside the open request for Buurdorp")
                    .contains("\"lane\":\"FAST\"", "\"taskKey\":\"confirmChange\"", "\"action\":\"REMOVE\"");
            assertThat(reviewer.client().get("/reviewer/change-request.xhtml?reference=" + addition).body())
                    .contains("Organisatie die wordt aangesloten", NEIGHBOUR_OIN, "Staat niet op de ALB-lijst", "besluit.pdf");

            assertThat(reviewer.post("/api/change-requests/" + removal + "/decision", "{\"accepted\":true}").statusCode())
                    .isEqualTo(204);
            assertThat(awaitView(supplier, removal, "\"taskKey\":\"loadIntoTvs\"")).contains("\"status\":\"APPLIED\"")
                    .containsPattern("\"appliedVersion\":\\d+");
            assertThat(reviewer.post("/api/change-requests/" + addition + "/decision", "{\"accepted\":true}").statusCode())
                    .isEqualTo(204);
            assertThat(awaitView(supplier, addition, "\"taskKey\":\"approveChange\"")).contains(NEIGHBOUR_OIN);
            assertRefused(reviewer.post("/api/change-requests/" + addition + "/decision", "{\"accepted\":true}"),
                    "task.fourEyes", "");
            assertThat(secondReviewer.post("/api/change-requests/" + addition + "/decision", "{\"accepted\":true}").statusCode())
                    .isEqualTo(204);
            assertThat(awaitView(supplier, addition, "\"taskKey\":\"loadIntoTvs\"")).contains("\"status\":\"APPLIED\"");

            assertThat(supplier.get("/api/applications/" + reference).body()).as("Buurdorp's own, issued when it was added")
                    .contains("\"oin\":\"" + NEIGHBOUR_OIN + "\"", "\"service\":\"Afvalpas\"");

            String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
            HttpResponse<byte[]> csv = supplier.download("/applicant/aansluitbestand?reference=" + reference
                    + "&environment=preproduction&format=csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(OIN + ";" + ORGANISATION + ";")
                    .containsPattern(OIN + ";" + ORGANISATION + ";\\d{4}-\\d{2}-\\d{2};" + today)
                    .contains(NEIGHBOUR_OIN + ";" + NEIGHBOUR + ";" + today + ";");

            HttpResponse<byte[]> export = reviewer.download("/api/change-requests/" + addition + "/export");
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(new String(export.body(), StandardCharsets.UTF_8)).contains("\"memberChange\"", "\"ADD\"",
                    NEIGHBOUR_OIN, NEIGHBOUR, "Afvalpas").containsPattern("\"connectedOn\"\\s*:\\s*\"" + today + "\"")
                    .containsPattern("\"catalogueEntry\"\\s*:\\s*\"Afvalpas\"");
            assertThat(new String(reviewer.download("/api/change-requests/" + removal + "/export").body(),
                    StandardCharsets.UTF_8)).contains("\"REMOVE\"", OIN)
                    .containsPattern("\"disconnectedOn\"\\s*:\\s*\"" + today + "\"");
            assertThat(reviewer.post("/api/change-requests/" + addition + "/loaded", "{}").statusCode()).isEqualTo(204);
        } finally {
            if (neighbour != null) {
                ItMandates.revokeNewest(neighbour);
            }
            if (municipality != null) {
                ItMandates.revokeNewest(municipality);
            }
        }
    }

    /**
     * As a person does it on the pages: the member actions on Wijzigingen, a bad OIN refused at its field, and the
     * municipality disconnected; returns the request's reference.
     */
    private static String removeOnThePages(PortalClient pages, String reference) {
        String changes = pages.get("/applicant/changes.xhtml").body();
        assertThat(changes).contains("Organisatie aansluiten", "Organisatie afsluiten", "action=REMOVE");

        String addPage = "/applicant/member-change.xhtml?reference=" + reference + "&environment=PREPRODUCTION&action=ADD";
        HttpResponse<String> badOin = pages.postMultipart(addPage, FacesForm.fields(pages.get(addPage).body(), "member",
                "member:submit", Map.of("member:oin", "0000009912345", "member:name", NEIGHBOUR, "member:services", "Afvalpas",
                        "member:metadataText", "")), List.of("member:rvigDecision", "member:metadataFile"));
        assertThat(badOin.statusCode()).as(badOin.body()).isEqualTo(200);
        assertThat(badOin.body()).contains("id=\"member:oinError\"", "Het OIN 0000009912345 klopt niet");

        String removePage = "/applicant/member-change.xhtml?reference=" + reference + "&environment=PREPRODUCTION&action=REMOVE";
        String form = pages.get(removePage).body();
        assertThat(form).contains(ORGANISATION + " (" + OIN + ")", "Aansluitbestand van deze omgeving");
        HttpResponse<String> removed = pages.postMultipart(removePage, FacesForm.fields(form, "member", "member:submit",
                Map.of("member:removeOin", OIN)), List.of());
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(302);
        String location = removed.headers().firstValue("Location").orElseThrow();
        String removal = location.substring(location.indexOf("reference=") + "reference=".length());
        assertThat(pages.get("/applicant/change-request.xhtml?reference=" + removal).body())
                .contains("Organisatie die wordt afgesloten", OIN, "Snelle route: een bediende organisatie afsluiten");
        return removal;
    }

    /** A cluster application for the municipality, its metadata also listing Buurdorp, live in preproduction. */
    static String liveCluster(ApiSession supplier, ApiSession reviewer, ApiSession secondReviewer) {
        ClusterCredentials cluster = ItPki.clusterCredentials(SUPPLIER_OIN, SUPPLIER,
                List.of(new ClusterMember(OIN, ORGANISATION), new ClusterMember(NEIGHBOUR_OIN, NEIGHBOUR)));
        String answers = String.join(",", ItApplications.CHECKLIST.stream()
                .map(code -> "{\"code\":\"" + code + "\",\"answer\":\"YES\"}").toList());
        String submission = "{\"services\":[{\"name\":\"Parkeervergunning\",\"nameEn\":\"Parking permit\","
                + "\"minimumLevels\":[\"DIGID_MIDDEN\",\"EH2_PLUS\"],\"description\":\"Parkeervergunning aanvragen\","
                + "\"url\":\"https://www.leverancier.example/parkeren\"}],\"eenmaligInloggen\":false,"
                + "\"certificatePem\":" + ItApplications.jsonString(cluster.certificatePem()) + ","
                + "\"metadataBase64\":\"" + ItApplications.base64(cluster.signedMetadata()) + "\",\"termsVersion\":\"2026.1\","
                + "\"serviceUuidDelivery\":\"AUTHN_REQUEST\","
                + "\"contacts\":[{\"role\":\"TECHNICAL\",\"name\":\"Lea Leverancier\",\"email\":\"lea@leverancier.example\"}],"
                + "\"checklist\":[" + answers + "],"
                + "\"clusterMembers\":[{\"oin\":\"" + OIN + "\",\"services\":[\"Parkeervergunning\"]}]}";
        HttpResponse<String> submitted = supplier.post("/api/applications", submission);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiSession.field(submitted.body(), "reference");
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "registerApplication"), "{\"accepted\":true}").statusCode())
                .isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "arrangeDigidConnection"),
                "{\"reference\":\"DIGID-CLUSTER-W\"}").statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "deliverTestAccounts"),
                "{\"reference\":\"DigiD-testaccounts per beveiligde mail\"}").statusCode()).isEqualTo(204);
        assertThat(supplier.complete(supplier.awaitTask(reference, "acknowledgeTestAccounts"), "{}").statusCode())
                .isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessChecklist"),
                ItApplications.verdicts(ItApplications.CHECKLIST, "")).statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "approvePreproduction"),
                "{\"accepted\":true}").statusCode()).isEqualTo(204);
        supplier.awaitTask(reference, "requestProduction");
        return reference;
    }

    /** Whether the supplier's mandates list a mandate of the organisation in force (SupplierIT's, when it ran first). */
    static boolean holdsMandate(ApiSession supplier, String servedOin) {
        return java.util.Arrays.stream(supplier.get("/applicant/mandates.xhtml").body().split("<tr"))
                .anyMatch(row -> row.contains("(" + servedOin + ")") && row.contains(">Geldig<"));
    }

    /** A removal's body, the same for the session API and API v1. */
    static String removal(String reference, String oin) {
        return "{\"reference\":\"" + reference + "\",\"environment\":\"PREPRODUCTION\",\"oin\":\"" + oin + "\"}";
    }

    /** An addition's body, the same for the session API and API v1. */
    static String addition(String reference, String oin, String name, String decisionName, byte[] decision) {
        return "{\"reference\":\"" + reference + "\",\"environment\":\"PREPRODUCTION\",\"oin\":\"" + oin + "\","
                + "\"name\":\"" + name + "\",\"services\":[\"Afvalpas\",\"Parkeervergunning\"]"
                + (decision == null ? "" : ",\"rvigDecisionFileName\":\"" + decisionName + "\",\"rvigDecisionBase64\":\""
                + Base64.getEncoder().encodeToString(decision) + "\"")
                + "}";
    }

    private static void assertRefused(HttpResponse<String> response, String messageKey, String text) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains(messageKey).contains(text);
    }

    private static String awaitView(ApiSession session, String changeReference, String expected) {
        return ChangeRequestIT.awaitView(session, changeReference, expected);
    }
}
