package nl.dictu.tvs.portal.domain.change;

import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.setting.PortalSettingRepository;
import nl.dictu.tvs.portal.persistence.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeRequestRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-04-23T08:00:00Z");
    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    private final MigratedDatabase db = MigratedDatabase.migrated();
    private final ApplicationRepository applications = new ApplicationRepository(db.em());
    private final ChangeRequestRepository requests = new ChangeRequestRepository(db.em());

    @AfterEach
    void close() {
        db.close();
    }

    private record Live(long applicationId, long connectionId) {
    }

    /** An application with a production version and its live production connection. */
    private Live live() {
        return db.inTransaction(em -> {
            Organisation organisation = new Organisation("00000001002220647000", "Gemeente Utrecht", NOW);
            em.persist(organisation);
            Application application = applications.save(Application.submitted(applications.nextReference(2026),
                    organisation, "jan", NOW));
            ApplicationVersion first = applications.saveVersion(application.firstVersion(new ApplicationContent(
                    List.of(new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_MIDDEN))), false, PEM,
                    "<pre/>".getBytes(StandardCharsets.UTF_8), "2026.1"), "jan", NOW));
            applications.saveVersion(application.productionVersion(first, new ProductionRequest(PEM,
                    "<prod/>".getBytes(StandardCharsets.UTF_8), true, LocalDate.of(2026, 9, 1), List.of()), "jan", NOW));
            LiveConnection connection = new LiveConnection(organisation, ConnectionEnvironment.PRODUCTION, application.getId(),
                    "urn:nl-eid-gdi:1.0:DV:00000001002220647000:entities:0", "", LocalDate.of(2026, 9, 1), NOW, "jan");
            em.persist(connection);
            return new Live(application.getId(), connection.getId());
        });
    }

    private ChangeRequest request(Live live, int number) {
        return new ChangeRequest("TVS-2026-00001-W" + number, number, live.applicationId(), live.connectionId(),
                ConnectionEnvironment.PRODUCTION, 2, ChangeLane.FAST, "{\"services\":[],\"contacts\":[]}", PEM,
                "<prod v='2'/>".getBytes(StandardCharsets.UTF_8), NOW, "jan", NOW.plusSeconds(7 * 86_400));
    }

    @Test
    void shouldRefuseASecondOpenRequestOnTheSameConnectionAndAllowOneOnceTheFirstEnded() {
        Live live = live();
        db.inTransaction(em -> requests.save(request(live, 1)));

        assertThatThrownBy(() -> db.inTransaction(em -> requests.save(request(live, 2))))
                .hasStackTraceContaining("UK_CHANGE_REQUEST_OPEN");

        db.inTransaction(em -> {
            requests.byReference("TVS-2026-00001-W1").orElseThrow().withdrawn(NOW, "jan");
            return null;
        });
        db.inTransaction(em -> requests.save(request(live, 2)));
        java.util.Optional<String> open = db.inTransaction(em -> requests.openOn(live.connectionId()).map(ChangeRequest::getReference));
        int next = db.inTransaction(em -> requests.nextNumber(live.applicationId()));
        assertThat(open).contains("TVS-2026-00001-W2");
        assertThat(next).isEqualTo(3);
    }

    @Test
    void shouldRefuseASecondOpenRequestForTheSameServedOrganisationButNotForAnother() {
        Live live = live();
        long organisationId = db.inTransaction(em -> {
            Organisation served = new Organisation("00000099987654321000", "Gemeente Buurdorp", NOW);
            em.persist(served);
            return served.getId();
        });
        db.inTransaction(em -> {
            ChangeRequest removal = requests.save(request(live, 1).aboutServedOrganisation("00000099987654321000", false));
            return requests.saveMember(MemberChange.removal(removal.getId(), organisationId, "00000099987654321000",
                    "Gemeente Buurdorp"));
        });

        assertThatThrownBy(() -> db.inTransaction(em -> requests.save(request(live, 2)
                .aboutServedOrganisation("00000099987654321000", false))))
                .hasStackTraceContaining("UK_CHANGE_REQUEST_OPEN_MEMBER");
        db.inTransaction(em -> requests.save(request(live, 3).aboutServedOrganisation("00000099123456789000", false)));
        db.inTransaction(em -> requests.save(request(live, 4).aboutServedOrganisation("00000099555555550000", true)));

        List<String> open = db.inTransaction(em -> requests.allOpenOn(live.connectionId()).stream()
                .map(ChangeRequest::getReference).toList());
        assertThat(open).containsExactly("TVS-2026-00001-W1", "TVS-2026-00001-W3", "TVS-2026-00001-W4");
        Optional<String> first = db.inTransaction(em -> requests.openAbout(live.connectionId(), "00000099987654321000")
                .map(ChangeRequest::getReference));
        Optional<String> member = db.inTransaction(em -> requests.member(requests.byReference("TVS-2026-00001-W1")
                .orElseThrow().getId()).map(MemberChange::getOin));
        assertThat(first).contains("TVS-2026-00001-W1");
        assertThat(member).contains("00000099987654321000");
        assertThatThrownBy(() -> db.inTransaction(em -> requests.save(request(live, 5))))
                .as("the addition W4 brings new metadata and holds the connection")
                .hasStackTraceContaining("UK_CHANGE_REQUEST_OPEN");
        db.inTransaction(em -> {
            requests.byReference("TVS-2026-00001-W1").orElseThrow().withdrawn(NOW, "jan");
            return null;
        });
        db.inTransaction(em -> requests.save(request(live, 6).aboutServedOrganisation("00000099987654321000", false)));
        Optional<String> again = db.inTransaction(em -> requests.openAbout(live.connectionId(), "00000099987654321000")
                .map(ChangeRequest::getReference));
        assertThat(again).contains("TVS-2026-00001-W6");
    }

    @Test
    void shouldApplyAProductionChangeAsANewVersionThatKeepsPreproductionAndTheProductionRequest() {
        Live live = live();
        byte[] changed = "<prod v='2'/>".getBytes(StandardCharsets.UTF_8);

        db.inTransaction(em -> {
            Application application = applications.findById(live.applicationId()).orElseThrow();
            ApplicationVersion current = applications.currentVersion(application);
            ApplicationContent content = new ApplicationContent(List.of(new ServiceDeclaration("Afvalpas",
                    Set.of(AssuranceLevel.DIGID_SUBSTANTIEEL))), false, current.getCertificatePem(),
                    current.getPreproductionMetadata(), "2026.1");
            return applications.saveVersion(application.changedVersion(current, content, PEM, changed, "piet", NOW));
        });

        ApplicationVersion current = applications.currentVersion(applications.findById(live.applicationId()).orElseThrow());
        assertThat(current.getNumber()).isEqualTo(3);
        assertThat(current.getSubmittedBy()).isEqualTo("piet");
        assertThat(current.getProductionMetadataSha256()).contains(Sha256.hex(changed));
        assertThat(new String(current.getPreproductionMetadata(), StandardCharsets.UTF_8)).isEqualTo("<pre/>");
        assertThat(current.getDesiredGoLive()).contains(LocalDate.of(2026, 9, 1));
        assertThat(current.isTestingCompleted()).isTrue();
        assertThat(current.services().get(0).minimumLevels()).containsExactly(AssuranceLevel.DIGID_SUBSTANTIEEL);
        assertThat(applications.versions(applications.findById(live.applicationId()).orElseThrow()))
                .extracting(ApplicationVersion::getNumber).containsExactly(1, 2, 3);
    }

    @Test
    void shouldRecordAppliedAndLoadedOnlyInThatOrder() {
        Live live = live();
        ChangeRequest saved = db.inTransaction(em -> requests.save(request(live, 1)));

        assertThatThrownBy(() -> saved.loaded(NOW, "bert")).isInstanceOf(IllegalStateException.class);
        saved.applied(3, NOW, "bert");
        saved.loaded(NOW.plusSeconds(60), "carla");

        assertThat(saved.isOpen()).isFalse();
        assertThat(saved.getAppliedVersion()).contains(3);
        assertThat(saved.getLoadedBy()).contains("carla");
        assertThatThrownBy(() -> saved.withdrawn(NOW, "jan")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldKeepASettingAndWhoChangedIt() {
        PortalSettingRepository settings = new PortalSettingRepository(db.em());

        db.inTransaction(em -> settings.put("change.fastLane.automatic", "true", NOW, "beheerder"));
        db.inTransaction(em -> settings.put("change.fastLane.automatic", "false", NOW.plusSeconds(1), "beheerder2"));

        assertThat(settings.find("change.fastLane.automatic")).hasValueSatisfying(setting -> {
            assertThat(setting.getValue()).isEqualTo("false");
            assertThat(setting.getChangedBy()).isEqualTo("beheerder2");
        });
    }
}
