package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.domain.alb.BsnProofKindRepository;
import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.usecase.application.ApplicantKindQueries;
import nl.dictu.tvs.portal.usecase.application.ProofKindChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admin's list of the kinds of proof of BSN entitlement a care provider may upload. */
class BsnProofKindAdministrationTest {

    private static final SignedInUser ADMIN = new SignedInUser("beheerder", "Beheerder", Set.of(Role.ADMIN_NAME), null, null, null);

    private final ServiceTestBed bed = new ServiceTestBed();
    private final BsnProofKindRepository repository = new BsnProofKindRepository(bed.em);
    private final BsnProofKindAdministration administration = new BsnProofKindAdministration(repository,
            new Auditor(bed.auditTrail, bed.clock), bed.clock);
    private final ApplicantKindQueries choices = new ApplicantKindQueries(bed.applications, null, null, repository);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void shouldStartWithTheSeededKindsAndOfferAnAddedKindInBothLanguages() {
        assertThat(administration.all(ADMIN)).extracting(BsnProofKindAdministration.ProofKindRow::nameNl)
                .anySatisfy(name -> assertThat(name).contains("Wabvpz")).contains("RvIG-besluit");

        var added = bed.inTransaction(() -> administration.add(ADMIN, " Verklaring zorgverzekeraar ", "Health insurer statement"));

        assertThat(choices.proofKinds(Locale.ENGLISH)).contains(new ProofKindChoice(added.id(), "Health insurer statement"));
        assertThat(choices.proofKinds(Locale.forLanguageTag("nl"))).contains(new ProofKindChoice(added.id(), "Verklaring zorgverzekeraar"));
        assertThat(bed.auditTrail.latestWithoutApplication(10)).extracting(AuditEvent::getAction).contains(BsnProofKindAdministration.AUDIT_ADDED);
    }

    @Test
    void shouldTakeAKindOutOfUseAndBackWithoutLosingIt() {
        long rvig = administration.all(ADMIN).stream().filter(k -> k.nameNl().equals("RvIG-besluit")).findFirst()
                .orElseThrow().id();

        bed.inTransaction(() -> {
            administration.setActive(ADMIN, rvig, false);
            return null;
        });

        assertThat(choices.proofKinds(Locale.ENGLISH)).extracting(ProofKindChoice::id).doesNotContain(rvig);
        assertThat(administration.all(ADMIN)).filteredOn(k -> k.id() == rvig).singleElement()
                .satisfies(k -> assertThat(k.active()).isFalse());
        bed.inTransaction(() -> {
            administration.setActive(ADMIN, rvig, true);
            return null;
        });
        assertThat(choices.proofKinds(Locale.ENGLISH)).extracting(ProofKindChoice::id).contains(rvig);
    }

    @Test
    void shouldRefuseAMissingOrTakenNameAndAnyoneButAnAdmin() {
        assertThatThrownBy(() -> bed.inTransaction(() -> administration.add(ADMIN, "Verklaring", " ")))
                .satisfies(e -> assertThat(((ActionRefusedException) e).messageKey()).isEqualTo("admin.proofKinds.nameInvalid"));
        assertThatThrownBy(() -> bed.inTransaction(() -> administration.add(ADMIN, "x".repeat(201), "x")))
                .satisfies(e -> assertThat(((ActionRefusedException) e).messageKey()).isEqualTo("admin.proofKinds.nameInvalid"));
        assertThatThrownBy(() -> bed.inTransaction(() -> administration.add(ADMIN, "RvIG-besluit", "RvIG decision")))
                .satisfies(e -> assertThat(((ActionRefusedException) e).messageKey()).isEqualTo("admin.proofKinds.nameTaken"));
        assertThatThrownBy(() -> administration.add(ServiceTestBed.anne(), "Iets", "Something"))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(administration.all(ADMIN)).hasSize(2);
    }
}
