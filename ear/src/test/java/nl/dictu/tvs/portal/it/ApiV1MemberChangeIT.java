package nl.dictu.tvs.portal.it;

import jakarta.json.JsonObject;
import nl.dictu.tvs.portal.it.apiv1client.ApiException;
import nl.dictu.tvs.portal.it.apiv1client.ApiResponse;
import nl.dictu.tvs.portal.it.apiv1client.api.ChangeRequestsApi;
import nl.dictu.tvs.portal.it.apiv1client.model.ChangeRequestDetails;
import nl.dictu.tvs.portal.it.apiv1client.model.MemberAdditionSubmission;
import nl.dictu.tvs.portal.it.apiv1client.model.ServedOrganisationChange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static nl.dictu.tvs.portal.it.ApiV1IT.assertProblem;
import static nl.dictu.tvs.portal.it.ClusterMemberChangeIT.NEIGHBOUR;
import static nl.dictu.tvs.portal.it.ClusterMemberChangeIT.NEIGHBOUR_OIN;
import static nl.dictu.tvs.portal.it.ClusterMemberChangeIT.PDF;
import static nl.dictu.tvs.portal.it.ClusterMemberChangeIT.SUPPLIER;
import static nl.dictu.tvs.portal.it.ClusterMemberChangeIT.SUPPLIER_OIN;
import static nl.dictu.tvs.portal.it.ClusterMemberChangeIT.addition;
import static nl.dictu.tvs.portal.it.ClusterMemberChangeIT.removal;
import static nl.dictu.tvs.portal.it.ItApplications.OIN;
import static nl.dictu.tvs.portal.it.ItApplications.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A supplier's program changes the organisations its live cluster connection serves through API v1, with a
 * client-credentials token (private_key_jwt) and nothing but the OpenAPI document: it reads the aansluitbestand, is
 * refused with problem documents that say why (an organisation not connected, one connected already, an OIN failing
 * the OIN check, no mandate: 403 naming it, in English and Dutch; no scope organisations:act-for; no RvIG decision for
 * one not on the ALB list), disconnects the municipality once under an Idempotency-Key (the retry gets the first
 * answer), is refused a second request for it with a 409 linking the first, and connects Gemeente Buurdorp, once it
 * gave a mandate, with a client generated from the document. Each change request says which organisation it is
 * about. The refusals are checked against the document.
 */
@Tag("h2-only")
class ApiV1MemberChangeIT {

    private static final String CHANGE_REQUESTS = "/api/v1/change-requests";
    private static final String ADDITIONS = CHANGE_REQUESTS + "/member-additions";
    private static final String REMOVALS = CHANGE_REQUESTS + "/member-removals";

    @Test
    void shouldLetASuppliersClientRemoveAndAddServedOrganisationsOfItsLiveClusterConnection() throws ApiException {
        ApiSession supplier = new ApiSession(DemoAccount.SUPPLIER);
        PortalClient municipality = ClusterMemberChangeIT.holdsMandate(supplier, OIN) ? null
                : ItMandates.grantByNewSignatory(DemoAccount.APPLICANT, DemoAccount.SUPPLIER, SUPPLIER_OIN);
        PortalClient neighbour = null;
        try {
            String reference = ClusterMemberChangeIT.liveCluster(supplier, new ApiSession(DemoAccount.REVIEWER),
                    new ApiSession(DemoAccount.REVIEWER_2));
            ApiV1Client client = ApiV1Client.registeredBy(DemoAccount.SUPPLIER, "Aansluitbestand " + UUID.randomUUID(),
                    "APPLICATIONS_READ", "APPLICATIONS_SUBMIT", "ORGANISATIONS_ACT_FOR");
            String token = client.token(null);
            JsonObject document = ApiV1ContractIT.document(client);

            HttpResponse<String> members = client.get("/api/v1/connections/" + reference + "/PREPRODUCTION/members", token);
            assertThat(members.statusCode()).as(members.body()).isEqualTo(200);
            JsonObject connected = ApiV1Client.json(members.body()).getJsonArray("items").getJsonObject(0);
            assertThat(connected.getString("oin")).isEqualTo(OIN);
            assertThat(connected.getBoolean("connected")).isTrue();
            assertThat(members.body()).doesNotContain(NEIGHBOUR_OIN);

            HttpResponse<String> notConnected = client.post(REMOVALS, removal(reference, NEIGHBOUR_OIN), token, null);
            assertThat(assertProblem(notConnected, 422, "change.member.notConnected").getJsonArray("errors")
                    .getJsonObject(0).getString("name")).isEqualTo("oin");
            ApiV1ContractIT.check(document, "/change-requests/member-removals", "post", notConnected);
            assertProblem(client.post(ADDITIONS, addition(reference, OIN, ORGANISATION, null, null), token, null), 422,
                    "change.member.alreadyConnected");
            assertThat(assertProblem(client.post(ADDITIONS, addition(reference, "0000009912345", NEIGHBOUR, null, null), token,
                    null), 422, "change.member.oinInvalid").getString("detail")).contains("The OIN 0000009912345 is not valid");
            String buurdorp = addition(reference, NEIGHBOUR_OIN, NEIGHBOUR, "besluit.pdf", PDF);
            HttpResponse<String> noMandate = client.post(ADDITIONS, buurdorp, token, null);
            assertThat(assertProblem(noMandate, 403, "mandate.missing").getString("detail"))
                    .contains("no valid mandate of " + NEIGHBOUR, NEIGHBOUR_OIN, SUPPLIER);
            ApiV1ContractIT.check(document, "/change-requests/member-additions", "post", noMandate);
            assertThat(assertProblem(client.post(ADDITIONS, buurdorp, token, null, "nl"), 403, "mandate.missing")
                    .getString("detail"))
                    .contains("geen geldige machtiging van " + NEIGHBOUR);
            assertProblem(client.post(REMOVALS, removal(reference, OIN), client.token("applications:read applications:submit"),
                    null), 403, "api.scope.missing");

            String key = UUID.randomUUID().toString();
            HttpResponse<String> removed = client.post(REMOVALS, removal(reference, OIN), token, key);
            HttpResponse<String> retried = client.post(REMOVALS, removal(reference, OIN), token, key);
            assertThat(removed.statusCode()).as(removed.body()).isEqualTo(201);
            JsonObject started = ApiV1Client.json(removed.body());
            String removalReference = started.getString("reference");
            assertThat(removed.headers().firstValue("Location")).hasValue(CHANGE_REQUESTS + "/" + removalReference);
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(retried.body()).as("the first answer again").isEqualTo(removed.body());
            assertThat(started.getString("kind")).isEqualTo("member-removal");
            assertThat(started.getString("lane")).isEqualTo("FAST");

            HttpResponse<String> again = client.post(REMOVALS, removal(reference, OIN), token, UUID.randomUUID().toString());
            JsonObject inTheWay = assertProblem(again, 409, "change.member.alreadyOpen");
            assertThat(inTheWay.getString("detail")).contains(removalReference, ORGANISATION);
            assertThat(inTheWay.getJsonObject("_links").getJsonObject("conflictsWith").getString("href"))
                    .isEqualTo(CHANGE_REQUESTS + "/" + removalReference);
            ApiV1ContractIT.check(document, "/change-requests/member-removals", "post", again);
            JsonObject read = ApiV1Client.json(client.get(CHANGE_REQUESTS + "/" + removalReference, token).body());
            assertThat(read.getString("kind")).isEqualTo("member-removal");
            assertThat(read.getJsonObject("servedOrganisation").getString("action")).isEqualTo("REMOVE");
            assertThat(read.getJsonObject("servedOrganisation").getString("oin")).isEqualTo(OIN);
            assertThat(read.getJsonObject("servedOrganisation").getString("name")).isEqualTo(ORGANISATION);

            neighbour = ItMandates.grantByNewSignatory(DemoAccount.NEIGHBOUR, DemoAccount.SUPPLIER, SUPPLIER_OIN);
            HttpResponse<String> noDecision = client.post(ADDITIONS, addition(reference, NEIGHBOUR_OIN, NEIGHBOUR, null, null),
                    token, null);
            assertThat(assertProblem(noDecision, 422, "change.member.rvigDecisionRequired").getJsonArray("errors")
                    .getJsonObject(0).getString("name")).isEqualTo("rvigDecisionBase64");
            ApiV1ContractIT.check(document, "/change-requests/member-additions", "post", noDecision);

            String addition = addsTheNeighbourWithTheGeneratedClient(client, reference);
            assertThat(client.post(CHANGE_REQUESTS + "/" + addition + "/withdrawal", "", token, null).statusCode())
                    .isEqualTo(204);
            assertThat(client.post(CHANGE_REQUESTS + "/" + removalReference + "/withdrawal", "", token, null).statusCode())
                    .isEqualTo(204);
        } finally {
            if (neighbour != null) {
                ItMandates.revokeNewest(neighbour);
            }
            if (municipality != null) {
                ItMandates.revokeNewest(municipality);
            }
        }
    }

    /** As an integrator's program written from the document does it; returns the addition's reference. */
    private static String addsTheNeighbourWithTheGeneratedClient(ApiV1Client registered, String reference)
            throws ApiException {
        ChangeRequestsApi changes = new ChangeRequestsApi(ApiV1GeneratedClientIT.client(registered, null));
        MemberAdditionSubmission buurdorp = new MemberAdditionSubmission().reference(reference)
                .environment(MemberAdditionSubmission.EnvironmentEnum.PREPRODUCTION).oin(NEIGHBOUR_OIN).name(NEIGHBOUR)
                .services(List.of("Afvalpas")).rvigDecisionFileName("besluit.pdf")
                .rvigDecisionBase64(Base64.getEncoder().encodeToString(PDF));

        ApiException notBase64 = catchThrowableOfType(ApiException.class, () -> changes.requestMemberAddition(
                new MemberAdditionSubmission().reference(reference)
                        .environment(MemberAdditionSubmission.EnvironmentEnum.PREPRODUCTION).oin(NEIGHBOUR_OIN)
                        .name(NEIGHBOUR).services(List.of("Afvalpas")).rvigDecisionFileName("besluit.pdf")
                        .rvigDecisionBase64("geen base64!"), null));
        ApiV1GeneratedClientIT.assertProblem(notBase64, 422, "change.member.decisionNotBase64");
        ApiResponse<ChangeRequestDetails> added = changes.requestMemberAdditionWithHttpInfo(buurdorp,
                UUID.randomUUID().toString());

        assertThat(added.getStatusCode()).isEqualTo(201);
        ChangeRequestDetails details = added.getData();
        assertThat(added.getHeaders().get("location")).containsExactly(CHANGE_REQUESTS + "/" + details.getReference());
        assertThat(details.getKind()).isEqualTo(ChangeRequestDetails.KindEnum.MEMBER_ADDITION);
        assertThat(details.getLane()).isEqualTo("REVIEWED");
        ServedOrganisationChange served = changes.getChangeRequest(details.getReference()).getServedOrganisation();
        assertThat(served.getAction()).isEqualTo(ServedOrganisationChange.ActionEnum.ADD);
        assertThat(served.getOin()).isEqualTo(NEIGHBOUR_OIN);
        assertThat(served.getServices()).containsExactly("Afvalpas");
        assertThat(served.getOnAlbList()).isFalse();
        assertThat(served.getRvigDecisionFileName()).isEqualTo("besluit.pdf");
        return details.getReference();
    }
}
