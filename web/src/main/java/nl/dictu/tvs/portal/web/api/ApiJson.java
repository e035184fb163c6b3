package nl.dictu.tvs.portal.web.api;

import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;

import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The request bodies of the API, as JSON-B binds them, and their translation to the services' types. */
public final class ApiJson {

    private ApiJson() {
    }

    /** A service and its minimum levels, e.g. {@code {"name":"Afvalpas","minimumLevels":["DIGID_MIDDEN"]}}. */
    public record Service(String name, List<String> minimumLevels) {

        ServiceDeclaration toDeclaration() {
            Set<AssuranceLevel> levels = EnumSet.noneOf(AssuranceLevel.class);
            for (String level : minimumLevels == null ? List.<String>of() : minimumLevels) {
                try {
                    levels.add(AssuranceLevel.valueOf(level));
                } catch (IllegalArgumentException e) {
                    throw new InvalidApplicationException("application.invalid.noLoginMeans", String.valueOf(name));
                }
            }
            return new ServiceDeclaration(name == null ? "" : name, levels);
        }
    }

    /** A submission or correction; the metadata travels as Base64, exactly the uploaded bytes. */
    public record Submission(List<Service> services, boolean eenmaligInloggen, String certificatePem,
                             String metadataBase64, String termsVersion) {

        ApplicationContent toContent() {
            List<ServiceDeclaration> declarations = services == null ? List.of()
                    : services.stream().map(Service::toDeclaration).toList();
            return new ApplicationContent(declarations, eenmaligInloggen, certificatePem, decode(metadataBase64),
                    termsVersion == null ? "" : termsVersion);
        }
    }

    /** The production request; {@code desiredGoLive} as {@code yyyy-MM-dd}, optional. */
    public record Production(String certificatePem, String metadataBase64, boolean testingCompleted, String desiredGoLive) {

        ProductionRequest toRequest() {
            return new ProductionRequest(certificatePem, decode(metadataBase64), testingCompleted,
                    desiredGoLive == null || desiredGoLive.isBlank() ? null : LocalDate.parse(desiredGoLive));
        }
    }

    /** A task decision: accepted, reason (of a rejection), reference (e.g. the DigiD connection's). */
    public record Decision(Boolean accepted, String reason, String reference) {
    }

    private static byte[] decode(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidApplicationException("application.invalid.metadata");
        }
    }
}
