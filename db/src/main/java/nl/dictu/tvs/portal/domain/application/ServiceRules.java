package nl.dictu.tvs.portal.domain.application;

import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules across the fields of one service, the same for the wizard and the API; each message cites its
 * source (tvs-rules F12, F13, M12):
 * <ul>
 *   <li>DigiD and eHerkenning share the service's ServiceUUID, and TVS registers one minimum level per
 *   ServiceUUID on the eID scale, so their levels must be the same there (eID SAML §7.6.3.2);</li>
 *   <li>an eHerkenning service that accepts the BSN as identifying attribute demands at least EH3
 *   (eTD afsprakenstelsel, betrouwbaarheidsniveaus);</li>
 *   <li>a service at DigiD Substantieel/Hoog or EH3 and up also offers eIDAS (eIDAS regulation, VNG): an
 *   error for a government organisation, a warning for a care provider.</li>
 * </ul>
 */
public final class ServiceRules {

    /**
     * What a rule found: the field it is about, the login means whose level it is about, its bundle key and
     * arguments, and whether it blocks.
     */
    public record Violation(String field, LoginMeans about, String messageKey, List<Object> arguments, boolean blocking) {

        public Violation {
            arguments = List.copyOf(arguments);
        }

        public InvalidApplicationException asException() {
            return InvalidApplicationException.of(field, messageKey, arguments.toArray());
        }
    }

    private static final Set<AssuranceLevel> BELOW_EH3 = EnumSet.of(AssuranceLevel.EH2, AssuranceLevel.EH2_PLUS);

    private ServiceRules() {
    }

    public static List<Violation> check(ServiceDeclaration service, OrganisationKind kind) {
        List<Violation> violations = new ArrayList<>();
        var digid = service.levelOf(LoginMeans.DIGID);
        var eherkenning = service.levelOf(LoginMeans.EHERKENNING);
        if (digid.isPresent() && eherkenning.isPresent() && digid.get().eidLevel() != eherkenning.get().eidLevel()) {
            violations.add(new Violation("minimumLevels", LoginMeans.EHERKENNING, "application.invalid.oneEidLevelPerService",
                    List.of(service.name()), true));
        }
        if (service.identifyingAttributes().contains(IdentifyingAttribute.BSN)
                && eherkenning.filter(BELOW_EH3::contains).isPresent()) {
            violations.add(new Violation("minimumLevels", LoginMeans.EHERKENNING, "application.invalid.bsnNeedsEh3",
                    List.of(service.name()), true));
        }
        boolean substantialOrHigher = service.minimumLevels().stream()
                .anyMatch(level -> level.loginMeans() != LoginMeans.EIDAS && level.eidLevel().isAtLeast(EidLevel.SUBSTANTIAL));
        if (substantialOrHigher && !service.offersEidas()) {
            boolean careProvider = kind == OrganisationKind.CARE_PROVIDER;
            violations.add(new Violation("minimumLevels", LoginMeans.EIDAS, careProvider ? "application.warning.eidasExpected"
                    : "application.invalid.eidasRequired", List.of(service.name()), !careProvider));
        }
        return violations;
    }

    /** Refuses the first blocking violation of any of the services, under {@code services[i]}. */
    public static void require(List<ServiceDeclaration> services, OrganisationKind kind) {
        for (int i = 0; i < services.size(); i++) {
            for (Violation violation : check(services.get(i), kind)) {
                if (violation.blocking()) {
                    throw violation.asException().under("services[" + i + "]");
                }
            }
        }
    }
}
