package nl.dictu.tvs.portal.usecase.mandate;

import nl.dictu.tvs.portal.domain.mandate.Mandate;
import nl.dictu.tvs.portal.domain.mandate.MandateRepository;
import nl.dictu.tvs.portal.domain.mandate.MandateSide;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SupplierMandatesTest {

    private static final String SUPPLIER_OIN = "00000099444444440000";

    private final ServiceTestBed bed = new ServiceTestBed();
    private final OrganisationRepository organisations = new OrganisationRepository(bed.em);
    private final MandateRepository mandates = new MandateRepository(bed.em);
    private final SupplierMandates supplierMandates = new SupplierMandates(mandates, organisations,
            new Auditor(bed.auditTrail, bed.clock));

    @AfterEach
    void closeBed() {
        bed.close();
    }

    @Test
    void shouldRefuseAccessNamingTheMissingMandateWhenTheSupplierActsOnItsOwn() {
        Organisation supplier = supplier();

        AccessRefusedException refused = catchThrowableOfType(AccessRefusedException.class,
                () -> supplierMandates.requireMandateToActFor(supplier, ServiceTestBed.OTHER_OIN));

        assertThat(refused.messageKey()).isEqualTo("mandate.missing");
        assertThat(refused.arguments()).containsExactly("Gemeente Elders", ServiceTestBed.OTHER_OIN, "Leverancier Clusterdiensten");
    }

    @Test
    void shouldTurnAMissingMandateRefusedAtAFieldIntoARefusalOfAccessForACallerActingOnItsOwnAndLeaveOthersAlone() {
        ActionRefusedException missing = ActionRefusedException.of("oin", "mandate.missing", "Gemeente Elders",
                ServiceTestBed.OTHER_OIN, "Leverancier Clusterdiensten");
        ActionRefusedException other = ActionRefusedException.of("oin", "change.member.alreadyConnected",
                ServiceTestBed.OTHER_OIN);

        ApplicationServiceException refused = SupplierMandates.toActFor(missing);

        assertThat(refused).isInstanceOf(AccessRefusedException.class);
        assertThat(refused.field()).isNull();
        assertThat(refused.messageKey()).isEqualTo("mandate.missing");
        assertThat(refused.arguments()).containsExactly("Gemeente Elders", ServiceTestBed.OTHER_OIN,
                "Leverancier Clusterdiensten");
        assertThat(SupplierMandates.toActFor(other)).isSameAs(other);
    }

    @Test
    void shouldLetTheSupplierActWithAMandateInForceUntilItIsRevoked() {
        Organisation supplier = supplier();
        long mandateId = bed.inTransaction(() -> {
            Organisation served = organisations.findByOin(ServiceTestBed.OTHER_OIN).orElseThrow();
            Mandate mandate = new Mandate(organisations.findByOin(SUPPLIER_OIN).orElseThrow(), served, MandateSide.SUPPLIER,
                    "leverancier", bed.clock.instant());
            mandate.agreeForSupplier("leverancier", bed.clock.instant());
            mandate.sign("tekenaar", bed.clock.instant());
            return mandates.save(mandate).getId();
        });

        assertThat(supplierMandates.requireMandateToActFor(supplier, " " + ServiceTestBed.OTHER_OIN + " ").getName())
                .isEqualTo("Gemeente Elders");
        bed.inTransaction(() -> mandates.find(mandateId).orElseThrow().revoke("elders", bed.clock.instant()));
        assertThat(catchThrowableOfType(AccessRefusedException.class,
                () -> supplierMandates.requireMandateToActFor(supplier, ServiceTestBed.OTHER_OIN)).messageKey())
                .isEqualTo("mandate.missing");
    }

    private Organisation supplier() {
        return bed.inTransaction(() -> {
            Organisation supplier = new Organisation(SUPPLIER_OIN, "Leverancier Clusterdiensten", bed.clock.instant());
            supplier.classifyAsSupplier();
            return organisations.save(supplier);
        });
    }
}
