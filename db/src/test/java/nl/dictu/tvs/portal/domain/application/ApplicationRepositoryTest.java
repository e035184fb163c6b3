package nl.dictu.tvs.portal.domain.application;

import jakarta.persistence.EntityManager;
import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.persistence.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-04-23T08:00:00Z");

    private final MigratedDatabase db = MigratedDatabase.migrated();
    private static final String UTRECHT = "00000001002220647000";

    private final ApplicationRepository repository = new ApplicationRepository(db.em());

    @AfterEach
    void close() {
        db.close();
    }

    static ApplicationContent content(String metadata) {
        return new ApplicationContent(List.of(
                new ServiceDeclaration("Parkeervergunning", Set.of(AssuranceLevel.DIGID_MIDDEN, AssuranceLevel.EH3)),
                new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_BASIS))),
                true, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
                metadata.getBytes(StandardCharsets.UTF_8), "2026.1");
    }

    private long submit() {
        return db.inTransaction(em -> {
            Organisation org = new Organisation(UTRECHT, "Gemeente Utrecht", NOW);
            em.persist(org);
            Application application = repository.save(
                    Application.submitted(repository.nextReference(2026), org, "jan", NOW));
            repository.saveVersion(application.firstVersion(content("<md/>"), "jan", NOW));
            return application.getId();
        });
    }

    @Test
    void shouldNumberReferencesPerYearWithoutGaps() {
        List<String> references = db.inTransaction(em -> List.of(
                repository.nextReference(2026).value(), repository.nextReference(2026).value(),
                repository.nextReference(2027).value()));
        String afterRestart = db.inTransaction(em -> repository.nextReference(2026).value());

        assertThat(references).containsExactly("TVS-2026-00001", "TVS-2026-00002", "TVS-2027-00001");
        assertThat(afterRestart).isEqualTo("TVS-2026-00003");
    }

    /**
     * A submission that looked at the year's counter before another one drew from it (the check
     * whether the year is open) must still draw the next number, not the one it saw: two
     * submissions at once on PostgreSQL got the same reference (found by ClusterIT).
     */
    @Test
    void shouldDrawTheNumberAfterOneDrawnMeanwhileWhenTheCounterWasLookedAtBefore() {
        db.inTransaction(em -> {
            em.persist(new ApplicationReferenceCounter(2026)); // opened, nothing drawn yet
            return null;
        });
        String drawnLater = db.inTransaction(em -> {
            assertThat(repository.hasReferenceYear(2026)).isTrue();
            EntityManager other = db.factory().createEntityManager();
            try {
                other.getTransaction().begin();
                String first = new ApplicationRepository(other).nextReference(2026).value();
                other.getTransaction().commit();
                assertThat(first).isEqualTo("TVS-2026-00001");
            } finally {
                other.close();
            }
            return repository.nextReference(2026).value();
        });

        assertThat(drawnLater).isEqualTo("TVS-2026-00002");
    }

    @Test
    void shouldListTheServiceNamesOfEveryApplicationsCurrentVersionOnly() {
        long id = submit();
        db.inTransaction(em -> {
            Application application = repository.findById(id).orElseThrow();
            ApplicationContent corrected = new ApplicationContent(List.of(
                    new ServiceDeclaration("Parkeervergunning", Set.of(AssuranceLevel.DIGID_MIDDEN)),
                    new ServiceDeclaration("Burgerzaken", Set.of(AssuranceLevel.DIGID_SUBSTANTIEEL, AssuranceLevel.EH3))),
                    true, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
                    "<md v='2'/>".getBytes(StandardCharsets.UTF_8), "2026.1");
            return repository.saveVersion(application.correctedVersion(repository.currentVersion(application), corrected,
                    "piet", NOW.plusSeconds(60)));
        });
        long other = db.inTransaction(em -> {
            Application application = repository.save(Application.submitted(repository.nextReference(2026),
                    em.find(Application.class, id).getOrganisation(), "jan", NOW));
            repository.saveVersion(application.firstVersion(content("<md/>"), "jan", NOW));
            return application.getId();
        });

        var names = repository.currentServiceNames(List.of(repository.findById(id).orElseThrow(),
                repository.findById(other).orElseThrow()));

        assertThat(names.get(id)).as("version 2's services, each once, in name order; not version 1's Afvalpas")
                .containsExactly("Burgerzaken", "Parkeervergunning");
        assertThat(names.get(other)).containsExactly("Afvalpas", "Parkeervergunning");
        assertThat(repository.currentServiceNames(List.of())).isEmpty();
    }

    @Test
    void shouldKeepTheFirstVersionWhenACorrectionAddsTheSecond() {
        long id = submit();

        db.inTransaction(em -> {
            Application application = repository.findById(id).orElseThrow();
            ApplicationVersion current = repository.currentVersion(application);
            return repository.saveVersion(application.correctedVersion(current, content("<md v='2'/>"), "piet", NOW.plusSeconds(60)));
        });

        Application application = repository.findById(id).orElseThrow();
        List<ApplicationVersion> versions = repository.versions(application);
        assertThat(versions).extracting(ApplicationVersion::getNumber).containsExactly(1, 2);
        assertThat(new String(versions.get(0).getPreproductionMetadata(), StandardCharsets.UTF_8)).isEqualTo("<md/>");
        assertThat(repository.currentVersion(application).getSubmittedBy()).isEqualTo("piet");
        assertThat(versions.get(1).getPreproductionMetadataSha256())
                .isEqualTo(Sha256.hex("<md v='2'/>".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(versions.get(0).getPreproductionMetadataSha256());
        assertThat(versions.get(1).services()).extracting(ServiceDeclaration::name).containsExactly("Afvalpas", "Parkeervergunning");
        assertThat(versions.get(1).services().get(1).minimumLevels())
                .containsExactlyInAnyOrder(AssuranceLevel.DIGID_MIDDEN, AssuranceLevel.EH3);
    }

    @Test
    void shouldAddTheProductionRequestAsANewVersionThatKeepsThePreproductionContent() {
        long id = submit();
        ProductionRequest request = new ProductionRequest("-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n",
                "<prod/>".getBytes(StandardCharsets.UTF_8), true, LocalDate.of(2026, 9, 1), List.of());

        db.inTransaction(em -> {
            Application application = repository.findById(id).orElseThrow();
            return repository.saveVersion(application.productionVersion(repository.currentVersion(application), request, "jan", NOW));
        });

        ApplicationVersion current = repository.currentVersion(repository.findById(id).orElseThrow());
        assertThat(current.getNumber()).isEqualTo(2);
        assertThat(current.getProductionMetadataSha256()).contains(Sha256.hex("<prod/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(current.getDesiredGoLive()).contains(LocalDate.of(2026, 9, 1));
        assertThat(new String(current.getPreproductionMetadata(), StandardCharsets.UTF_8)).isEqualTo("<md/>");
        assertThat(current.getTermsAcceptance().termsVersion()).isEqualTo("2026.1");
    }

    @Test
    void shouldRefuseASecondServiceUuidForTheSameServiceAndEnvironment() {
        long id = submit();
        db.inTransaction(em -> repository.saveIssued(new IssuedServiceUuid(id, UTRECHT, "Afvalpas",
                ConnectionEnvironment.PREPRODUCTION, UUID.randomUUID(), NOW)));

        assertThatThrownBy(() -> db.inTransaction(em -> repository.saveIssued(new IssuedServiceUuid(id, UTRECHT, "Afvalpas",
                ConnectionEnvironment.PREPRODUCTION, UUID.randomUUID(), NOW))))
                .hasStackTraceContaining("UK_ISSUED_SERVICE_UUID_SERVICE");
        assertThat(repository.issuedServiceUuids(id)).hasSize(1);
    }

    @Test
    void shouldKeepAServedOrganisationsServiceUuidsApartFromTheApplicationsOwn() {
        long id = submit();
        String member = "00000001001234567000";
        db.inTransaction(em -> {
            repository.saveIssued(new IssuedServiceUuid(id, UTRECHT, "Afvalpas", ConnectionEnvironment.PREPRODUCTION,
                    UUID.randomUUID(), NOW));
            return repository.saveIssued(new IssuedServiceUuid(id, member, "Afvalpas", ConnectionEnvironment.PREPRODUCTION,
                    UUID.randomUUID(), NOW));
        });

        assertThat(repository.issuedServiceUuids(id)).extracting(IssuedServiceUuid::getOrganisationOin).containsExactly(UTRECHT);
        assertThat(repository.memberServiceUuids(id)).extracting(IssuedServiceUuid::getOrganisationOin).containsExactly(member);
        assertThatThrownBy(() -> db.inTransaction(em -> repository.saveIssued(new IssuedServiceUuid(id, member, "Afvalpas",
                ConnectionEnvironment.PREPRODUCTION, UUID.randomUUID(), NOW))))
                .hasStackTraceContaining("UK_ISSUED_SERVICE_UUID_SERVICE");
    }

    @Test
    void shouldRefuseAServiceWithTwoLevelsForOneLoginMeans() {
        assertThatThrownBy(() -> new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_BASIS, AssuranceLevel.DIGID_HOOG)))
                .isInstanceOfSatisfying(InvalidApplicationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("application.invalid.twoLevelsForOneLoginMeans"));
    }
}
