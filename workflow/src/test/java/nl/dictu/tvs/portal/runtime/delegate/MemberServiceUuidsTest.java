package nl.dictu.tvs.portal.runtime.delegate;

import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.connection.RolloverRepository;
import nl.dictu.tvs.portal.usecase.expiry.LiveConnections;
import nl.dictu.tvs.portal.domain.application.IssuedServiceUuid;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.cluster.ClusterMember;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.testbed.FakeExecution;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ISSUE_SERVICE_UUIDS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.APPLICATION_ID;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ORGANISATION_OIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cluster application's served organisations get ServiceUUIDs for their own services at {@code issueServiceUuids},
 * recorded against their OINs, with an eIDAS entry where the cluster's service of that name offers eIDAS; running the
 * step again issues nothing new; a member added later by a change request gets its own when the addition is applied.
 */
class MemberServiceUuidsTest {

    private static final String ADDED_OIN = "00000099111122223333";

    private final ServiceTestBed bed = new ServiceTestBed();
    private final ClusterRepository clusters = new ClusterRepository(bed.em);
    private final ServiceUuidIssuer issuer = new ServiceUuidIssuer(bed.applications, clusters,
            new Auditor(bed.auditTrail, bed.clock), bed.clock);
    private long applicationId;
    private String reference;

    @BeforeEach
    void submitCluster() {
        ApplicationContent valid = ServiceTestBed.validContent();
        ApplicationContent content = new ApplicationContent(List.of(
                new ServiceDeclaration("Parkeervergunning", Set.of(AssuranceLevel.DIGID_SUBSTANTIEEL, AssuranceLevel.EH3,
                        AssuranceLevel.EIDAS_SUBSTANTIAL)),
                new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_BASIS))), false, valid.certificatePem(),
                valid.preproductionMetadata(), valid.termsVersion(), valid.contacts(), withEidasItem(valid.checklistAnswers()),
                valid.serviceUuidDelivery());
        reference = bed.inTransaction(() -> bed.applicationCommands.submit(ServiceTestBed.anne(), content));
        applicationId = bed.applications.findByReference(reference).orElseThrow().getId();
        bed.inTransaction(() -> {
            Organisation other = new OrganisationRepository(bed.em).findByOin(ServiceTestBed.OTHER_OIN).orElseThrow();
            clusters.saveMember(new ClusterMember(applicationId, other.getId(), 0, other.getOin(), other.getName(), true,
                    "Parkeervergunning\nHondenbelasting"));
        });
    }

    /** eIDAS brings its own checklist item into scope. */
    private static List<ChecklistAnswer> withEidasItem(List<ChecklistAnswer> answers) {
        List<ChecklistAnswer> all = new java.util.ArrayList<>(answers);
        all.add(new ChecklistAnswer("I1", ChecklistAnswerChoice.YES, null, null));
        return all;
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private void runStep() {
        FakeExecution execution = new FakeExecution("pi-1", ISSUE_SERVICE_UUIDS + ":ai-1", ISSUE_SERVICE_UUIDS, "TVS");
        execution.variables.put(APPLICATION_ID, applicationId);
        execution.variables.put(ORGANISATION_OIN, ServiceTestBed.OIN);
        bed.inTransaction(() -> bed.serviceUuidDelegate.execute(execution.asExecution()));
    }

    @Test
    void shouldIssueEachServedOrganisationItsOwnServiceUuidsWithTheEidasEntryOfTheClustersService() {
        runStep();

        List<IssuedServiceUuid> members = bed.applications.memberServiceUuids(applicationId);
        assertThat(members).extracting(IssuedServiceUuid::getOrganisationOin).containsOnly(ServiceTestBed.OTHER_OIN);
        assertThat(members).filteredOn(u -> u.getEnvironment() == ConnectionEnvironment.PREPRODUCTION)
                .extracting(IssuedServiceUuid::getServiceName)
                .containsExactlyInAnyOrder("Parkeervergunning", "Parkeervergunning (eIDAS)", "Hondenbelasting");
        assertThat(members).hasSize(6).extracting(IssuedServiceUuid::getServiceUuid).as("shared by both environments")
                .doesNotContainNull().hasSize(6);
        assertThat(members.stream().map(IssuedServiceUuid::getServiceUuid).distinct()).hasSize(3);
        assertThat(bed.applications.issuedServiceUuids(applicationId)).as("the application's own, apart")
                .extracting(IssuedServiceUuid::getOrganisationOin).containsOnly(ServiceTestBed.OIN);
        assertThat(uuid(members, "Parkeervergunning")).as("not the supplier's own Parkeervergunning")
                .isNotEqualTo(uuid(bed.applications.issuedServiceUuids(applicationId), "Parkeervergunning"));
    }

    @Test
    void shouldRecordTheServedOrganisationsServiceUuidsWithTheLiveConnection() {
        runStep();

        LiveConnections live = new LiveConnections(new LiveConnectionRepository(bed.em), bed.applications, bed.clock,
                new RolloverRepository(bed.em));
        String recorded = bed.inTransaction(() -> live.recordFromApplication(applicationId, ConnectionEnvironment.PREPRODUCTION,
                "rev1").getServiceUuids());

        assertThat(recorded.lines().toList()).as("the supplier's own and each served organisation's, of preproduction")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                bed.applications.issuedServiceUuids(applicationId).stream(),
                                bed.applications.memberServiceUuids(applicationId).stream())
                        .filter(u -> u.getEnvironment() == ConnectionEnvironment.PREPRODUCTION)
                        .map(IssuedServiceUuid::getServiceUuid).toList());
        assertThat(recorded.lines()).as("the served organisation's Hondenbelasting")
                .contains(uuid(bed.applications.memberServiceUuids(applicationId), "Hondenbelasting"));
    }

    @Test
    void shouldIssueNothingNewWhenTheStepRunsAgain() {
        runStep();
        List<String> first = bed.applications.memberServiceUuids(applicationId).stream().map(IssuedServiceUuid::getServiceUuid).toList();

        runStep();

        assertThat(bed.applications.memberServiceUuids(applicationId)).extracting(IssuedServiceUuid::getServiceUuid)
                .containsExactlyElementsOf(first);
        assertThat(bed.auditTrail.ofApplication(applicationId)).filteredOn(e -> e.getAction().equals("serviceUuidIssued"))
                .hasSize(6 + 6);
    }

    @Test
    void shouldIssueAMemberAddedLaterItsOwnOnceWhateverHowOftenTheAdditionIsCarriedOut() {
        runStep();

        bed.inTransaction(() -> issuer.issueMissingForMember(applicationId, ADDED_OIN, List.of("Afvalpas", "Parkeervergunning"),
                "applyChange", true));
        bed.inTransaction(() -> issuer.issueMissingForMember(applicationId, ADDED_OIN, List.of("Afvalpas", "Parkeervergunning"),
                "applyChange", true));

        List<IssuedServiceUuid> added = bed.applications.memberServiceUuids(applicationId).stream()
                .filter(u -> u.getOrganisationOin().equals(ADDED_OIN)).toList();
        assertThat(added).extracting(IssuedServiceUuid::getServiceName).as("per environment, as asked")
                .containsExactlyInAnyOrder("Afvalpas", "Afvalpas", "Parkeervergunning", "Parkeervergunning",
                        "Parkeervergunning (eIDAS)", "Parkeervergunning (eIDAS)");
        assertThat(added).extracting(IssuedServiceUuid::getServiceUuid).doesNotHaveDuplicates();
    }

    @Test
    void shouldShowTheApplicantEachServedOrganisationsServiceUuidsWithASnippetForItsOwnEntityDescriptor() {
        runStep();

        var dossier = bed.applicantQueries.dossier(ServiceTestBed.anne(), reference);

        assertThat(dossier.memberServiceUuids()).singleElement().satisfies(member -> {
            assertThat(member.oin()).isEqualTo(ServiceTestBed.OTHER_OIN);
            assertThat(member.name()).isEqualTo("Gemeente Elders");
            assertThat(member.serviceUuidsOf("PREPRODUCTION")).hasSize(3);
            String uuid = uuid(bed.applications.memberServiceUuids(applicationId), "Hondenbelasting");
            assertThat(member.metadataSnippet("PREPRODUCTION")).contains("<saml:AttributeValue>" + uuid + "</saml:AttributeValue>")
                    .contains("Parkeervergunning (eIDAS)").doesNotContain(uuid(dossier.serviceUuids()));
        });
        assertThat(dossier.serviceUuids()).as("the application's own stay apart").hasSize(6);
    }

    private static String uuid(List<nl.dictu.tvs.portal.usecase.application.ApplicantDossier.ServiceUuid> own) {
        return own.get(0).uuid();
    }

    private static String uuid(List<IssuedServiceUuid> issued, String service) {
        return issued.stream().filter(u -> u.getServiceName().equals(service)).map(IssuedServiceUuid::getServiceUuid)
                .findFirst().orElseThrow();
    }
}
