package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.it.apiv1client.ApiClient;
import nl.dictu.tvs.portal.it.apiv1client.ApiException;
import nl.dictu.tvs.portal.it.apiv1client.api.ApplicationsApi;
import nl.dictu.tvs.portal.it.apiv1client.api.ChangeRequestsApi;
import nl.dictu.tvs.portal.it.apiv1client.api.ConnectionsApi;
import nl.dictu.tvs.portal.it.apiv1client.api.DraftApi;
import nl.dictu.tvs.portal.it.apiv1client.api.OauthApi;
import nl.dictu.tvs.portal.it.apiv1client.api.ServedOrganisationsApi;
import nl.dictu.tvs.portal.it.apiv1client.model.Answer;
import nl.dictu.tvs.portal.it.apiv1client.model.ApplicationSummary;
import nl.dictu.tvs.portal.it.apiv1client.model.ChangeRequestSubmission;
import nl.dictu.tvs.portal.it.apiv1client.model.ClusterMember;
import nl.dictu.tvs.portal.it.apiv1client.model.ClusterMemberJson;
import nl.dictu.tvs.portal.it.apiv1client.model.ContactJson;
import nl.dictu.tvs.portal.it.apiv1client.model.DraftClusterMember;
import nl.dictu.tvs.portal.it.apiv1client.model.Preview;
import nl.dictu.tvs.portal.it.apiv1client.model.Registration;
import nl.dictu.tvs.portal.it.apiv1client.model.Production;
import nl.dictu.tvs.portal.it.apiv1client.model.Service;
import nl.dictu.tvs.portal.it.apiv1client.model.Submission;
import nl.dictu.tvs.portal.trust.testpki.ClusterCredentials;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A supplier's program written only from API v1's OpenAPI document (a Java client generated from
 * {@code /api/v1/openapi.json} at build time) carries a cluster application from submission to production: it
 * lists the organisations it serves, is refused (403, naming the mandate) for one without a mandate and without the
 * scope {@code organisations:act-for}, confirms the test accounts and requests production; DICTU's reviewers work
 * their tasks over the portal's own API. Live, the program lists its live connections and previews its registration
 * unchanged (no change); submitting a change of the cluster connection needs organisations:act-for too. The served organisation's revocation stops the supplier at once.
 */
@Tag("h2-only")
class ApiV1GeneratedClientIT {

    private static final String SUPPLIER_OIN = "00000099444444440000";
    private static final String SUPPLIER = "Leverancier Clusterdiensten";
    private static final String NEIGHBOUR_OIN = "00000099987654321000";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void shouldCarryAClusterApplicationToProductionWithAClientGeneratedFromTheDocument() throws ApiException {
        ApiV1Client registered = ApiV1Client.registeredBy(DemoAccount.SUPPLIER, "Clusterkoppeling " + UUID.randomUUID(),
                "APPLICATIONS_READ", "APPLICATIONS_SUBMIT", "ORGANISATIONS_ACT_FOR");
        ApiClient api = client(registered, null);
        ServedOrganisationsApi served = new ServedOrganisationsApi(api);
        ApplicationsApi applications = new ApplicationsApi(api);

        ApiException noMandate = catchThrowableOfType(ApiException.class, () -> served.getServedOrganisation(NEIGHBOUR_OIN));
        assertProblem(noMandate, 403, "mandate.missing");
        assertThat(noMandate.getResponseBody()).contains("Gemeente Buurdorp", NEIGHBOUR_OIN, SUPPLIER);

        PortalClient signatory = holdsMandate(served) ? null
                : ItMandates.grantByNewSignatory(DemoAccount.SUPPLIER, SUPPLIER_OIN);
        try {
            assertThat(served.getServedOrganisation(ItApplications.OIN).getName()).isEqualTo(ItApplications.ORGANISATION);
            keepsTheDraftsMembers(new DraftApi(api));
            ClusterCredentials cluster = ItPki.clusterCredentials(SUPPLIER_OIN, SUPPLIER,
                    List.of(new nl.dictu.tvs.portal.trust.testpki.ClusterMember(ItApplications.OIN, ItApplications.ORGANISATION)));

            ApiException withoutMandate = catchThrowableOfType(ApiException.class, () -> applications.submitApplication(
                    submission(cluster, NEIGHBOUR_OIN), UUID.randomUUID().toString()));
            assertProblem(withoutMandate, 403, "mandate.missing");
            ApiException withoutScope = catchThrowableOfType(ApiException.class, () -> new ApplicationsApi(
                    client(registered, "applications:read applications:submit")).submitApplication(
                    submission(cluster, ItApplications.OIN), UUID.randomUUID().toString()));
            assertProblem(withoutScope, 403, "api.scope.missing");
            assertThat(withoutScope.getResponseBody()).contains("organisations:act-for");

            String reference = applications.submitApplication(submission(cluster, ItApplications.OIN),
                    UUID.randomUUID().toString()).getReference();
            List<ClusterMember> members = applications.listClusterMembers(reference, 1, 20).getItems();
            assertThat(members).singleElement().satisfies(member -> {
                assertThat(member.getOin()).isEqualTo(ItApplications.OIN);
                assertThat(member.getOnAlbList()).isTrue();
                assertThat(member.getServices()).containsExactly("Parkeervergunning", "Afvalpas");
            });
            assertThat(served.getServedOrganisation(ItApplications.OIN).getClusterApplications()).contains(reference);

            toPreproduction(applications, reference);
            awaitOpenTask(applications, reference, "requestProduction");
            ClusterCredentials production = ItPki.clusterCredentials(SUPPLIER_OIN, SUPPLIER, 1,
                    List.of(new nl.dictu.tvs.portal.trust.testpki.ClusterMember(ItApplications.OIN, ItApplications.ORGANISATION)));
            applications.requestProduction(reference, new Production().certificatePem(production.certificatePem())
                    .metadataBase64(base64(production.signedMetadata())).testingCompleted(true)
                    .desiredGoLive(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString())
                    .checklist(List.of(new Answer().code("C1").answer("YES"))), UUID.randomUUID().toString());
            ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
            ApiSession secondReviewer = new ApiSession(DemoAccount.REVIEWER_2);
            assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessProduction"), "{\"accepted\":true}").statusCode())
                    .isEqualTo(204);
            assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "approveProduction"), "{\"accepted\":true}")
                    .statusCode()).isEqualTo(204);

            ApplicationSummary live = await(() -> applications.getApplication(reference), a -> "live".equals(a.getStatus()));
            assertThat(live.getReference()).isEqualTo(reference);
            ChangeRequestSubmission unchanged = previewsAnUnchangedCopy(new ConnectionsApi(api), new ChangeRequestsApi(api),
                    reference);
            ApiException changeWithoutScope = catchThrowableOfType(ApiException.class, () -> new ChangeRequestsApi(
                    client(registered, "applications:read applications:submit")).submitChangeRequest(unchanged,
                    UUID.randomUUID().toString()));
            assertProblem(changeWithoutScope, 403, "api.scope.missing");
            assertThat(changeWithoutScope.getResponseBody()).contains("organisations:act-for");
            assertProblem(catchThrowableOfType(ApiException.class, () -> new ChangeRequestsApi(api).submitChangeRequest(
                    unchanged, UUID.randomUUID().toString())), 422, "change.nothingChanged");
        } finally {
            if (signatory != null) {
                ItMandates.revokeNewest(signatory);
            }
        }
        if (signatory != null) {
            ApiException revoked = catchThrowableOfType(ApiException.class,
                    () -> served.getServedOrganisation(ItApplications.OIN));
            assertProblem(revoked, 403, "mandate.missing");
        }
    }

    /**
     * The live cluster connection is listed, its production registration read and, unchanged, previewed as no change;
     * returns that unchanged copy as a change request body.
     */
    private static ChangeRequestSubmission previewsAnUnchangedCopy(ConnectionsApi connections, ChangeRequestsApi changes, String reference)
            throws ApiException {
        assertThat(connections.listLiveConnections(1, 100).getItems())
                .anySatisfy(c -> {
                    assertThat(c.getReference()).isEqualTo(reference);
                    assertThat(c.getEnvironment()).isEqualTo("PRODUCTION");
                    assertThat(c.getOpenChangeRequest()).isNull();
                });
        // the generated method takes its path parameters in the document's (alphabetical) order
        Registration registration = connections.getLiveRegistration("PRODUCTION", reference);
        assertThat(registration.getServices()).extracting(Service::getName).contains("Parkeervergunning");

        ChangeRequestSubmission unchanged = new ChangeRequestSubmission().reference(reference)
                .environment("PRODUCTION").services(registration.getServices()).contacts(registration.getContacts())
                .certificatePem(registration.getCertificatePem()).metadataBase64(registration.getMetadataBase64());

        Preview preview = changes.previewChangeRequest(unchanged, UUID.randomUUID().toString());

        assertThat(preview.getChangesNothing()).isTrue();
        assertThat(preview.getDifferences()).isEmpty();
        return unchanged;
    }

    /** The wizard's list of served organisations, one at a time: only one with a mandate is added, and removed again. */
    private static void keepsTheDraftsMembers(DraftApi draft) throws ApiException {
        ClusterMemberJson municipality = new ClusterMemberJson().oin(ItApplications.OIN).services(List.of("Afvalpas"));
        assertThat(draft.addDraftClusterMember(municipality, UUID.randomUUID().toString()).getOin()).isEqualTo(ItApplications.OIN);
        assertProblem(catchThrowableOfType(ApiException.class, () -> draft.addDraftClusterMember(
                new ClusterMemberJson().oin(NEIGHBOUR_OIN).services(List.of("Afvalpas")), UUID.randomUUID().toString())),
                403, "mandate.missing");
        assertProblem(catchThrowableOfType(ApiException.class, () -> draft.addDraftClusterMember(municipality,
                UUID.randomUUID().toString())), 422, "draft.cluster.memberDuplicate");
        assertThat(draft.listDraftClusterMembers(1, 100).getItems()).extracting(DraftClusterMember::getOin)
                .containsExactly(ItApplications.OIN);

        draft.removeDraftClusterMember(ItApplications.OIN);

        assertThat(draft.listDraftClusterMembers(1, 100).getItems()).isEmpty();
        assertProblem(catchThrowableOfType(ApiException.class, () -> draft.removeDraftClusterMember(ItApplications.OIN)),
                422, "cluster.member.notListed");
    }

    /** The reviewers' tasks up to the preproduction approval, and the supplier's confirmation of the test accounts. */
    private static void toPreproduction(ApplicationsApi applications, String reference) throws ApiException {
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        ApiSession secondReviewer = new ApiSession(DemoAccount.REVIEWER_2);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "registerApplication"), "{\"accepted\":true}").statusCode())
                .isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "arrangeDigidConnection"),
                "{\"reference\":\"DIGID-CLUSTER-1\"}").statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "deliverTestAccounts"),
                "{\"reference\":\"DigiD-testaccounts 1-4 per beveiligde mail\"}").statusCode()).isEqualTo(204);
        awaitOpenTask(applications, reference, "acknowledgeTestAccounts");
        applications.acknowledgeTestAccounts(reference, UUID.randomUUID().toString());
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessChecklist"),
                ItApplications.verdicts(ItApplications.CHECKLIST, "")).statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "approvePreproduction"), "{\"accepted\":true}")
                .statusCode()).isEqualTo(204);
    }

    /** Whether the supplier holds the municipality's mandate already (SupplierIT's, when it ran first). */
    private static boolean holdsMandate(ServedOrganisationsApi served) {
        try {
            served.getServedOrganisation(ItApplications.OIN);
            return true;
        } catch (ApiException e) {
            assertProblem(e, 403, "mandate.missing");
            return false;
        }
    }

    private static Submission submission(ClusterCredentials cluster, String memberOin) {
        return new Submission()
                .services(List.of(new Service().name("Parkeervergunning").nameEn("Parking permit")
                        .minimumLevels(List.of("DIGID_MIDDEN", "EH2_PLUS")).description("Parkeervergunning aanvragen")
                        .url("https://www.leverancier.example/parkeren")))
                .eenmaligInloggen(false).certificatePem(cluster.certificatePem()).metadataBase64(base64(cluster.signedMetadata()))
                .termsVersion("2026.1").serviceUuidDelivery("AUTHN_REQUEST")
                .contacts(List.of(new ContactJson().role("TECHNICAL").name("Lea Leverancier").email("lea@leverancier.example")))
                .checklist(ItApplications.CHECKLIST.stream().map(code -> new Answer().code(code).answer("YES")).toList())
                .clusterMembers(List.of(new ClusterMemberJson().oin(memberOin).services(List.of("Parkeervergunning", "Afvalpas"))));
    }

    /** The generated client, its token from the generated token call with a fresh private_key_jwt assertion. */
    static ApiClient client(ApiV1Client registered, String scope) throws ApiException {
        ApiClient api = new ApiClient();
        api.updateBaseUri(PortalServer.shared().baseUrl() + "/api/v1");
        String token = new OauthApi(api).requestToken(null, "client_credentials",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", registered.assertion(), scope).getAccessToken();
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token).header("Accept-Language", "en"));
        return api;
    }

    private static void awaitOpenTask(ApplicationsApi applications, String reference, String taskKey) throws ApiException {
        await(() -> applications.getApplication(reference), a -> a.getOpenTasks().contains(taskKey));
    }

    private interface Call<T> {
        T call() throws ApiException;
    }

    private static <T> T await(Call<T> call, Predicate<T> done) throws ApiException {
        Instant deadline = Instant.now().plus(PATIENCE);
        T last = call.call();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not there after " + PATIENCE + ": " + last);
            }
            // a second apart: the client's calls count against its limit (300 a minute)
            PortalServer.sleep(Duration.ofSeconds(1));
            last = call.call();
        }
        return last;
    }

    static void assertProblem(ApiException e, int status, String code) {
        assertThat(e).as("refused with " + status).isNotNull();
        assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(status);
        assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ApiV1Client.json(e.getResponseBody()).getString("code")).isEqualTo(code);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
