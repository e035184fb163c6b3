package nl.dictu.tvs.portal.usecase.mandate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.mandate.MandateRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;

import java.util.Map;
import java.util.Set;

/**
 * What every service needs before and after a supplier's member acts for another organisation: the mandate in
 * force (refused, naming it, without one) and the audit event with both organisations.
 */
@Dependent
public class SupplierMandates {

    private static final Set<String> MANDATE_REFUSALS = Set.of(MandateRules.MISSING, MandateRules.NOT_A_SUPPLIER);

    private final MandateRepository mandates;
    private final OrganisationRepository organisations;
    private final Auditor auditor;

    @Inject
    public SupplierMandates(MandateRepository mandates, OrganisationRepository organisations, Auditor auditor) {
        this.mandates = mandates;
        this.organisations = organisations;
        this.auditor = auditor;
    }

    /** The served organisation, when the supplier holds its mandate now; refused otherwise. */
    public Organisation requireMandate(Organisation supplier, String servedOin) {
        String oin = servedOin == null ? "" : servedOin.strip();
        Organisation served = organisations.findByOin(oin)
                .orElseThrow(() -> ActionRefusedException.of("servedOins", MandateRules.MISSING, oin, oin, supplier.getName()));
        MandateRules.requireActive(supplier, served.getOin(), served.getName(), mandates.unrevokedBetween(supplier.getOin(), oin));
        return served;
    }

    /**
     * As {@link #requireMandate}, for a caller that acts for the organisation on its own (API v1): without the mandate
     * it may not, a refusal of access (403) that names the missing mandate.
     */
    public Organisation requireMandateToActFor(Organisation supplier, String servedOin) {
        try {
            return requireMandate(supplier, servedOin);
        } catch (ActionRefusedException missing) {
            throw toActFor(missing);
        }
    }

    /**
     * A refusal as a caller that acts for the organisation on its own (API v1) gets it: {@link #requireMandate}'s
     * refusal (no mandate in force, or no supplier) as a refusal of access (403) that names it, wherever a service
     * refused it; any other refusal as it is.
     */
    public static ApplicationServiceException toActFor(ActionRefusedException refused) {
        return MANDATE_REFUSALS.contains(refused.messageKey())
                ? new AccessRefusedException(refused.messageKey(), refused.arguments().toArray(String[]::new)) : refused;
    }

    /** Records what the supplier's member did in the served organisation's name. */
    public void audit(String actor, String action, Long applicationId, Organisation supplier, Organisation served,
                      Map<String, String> after) {
        auditor.recordActingFor(actor, action, applicationId, supplier.getId(), served.getId(), Map.of(), after);
    }
}
