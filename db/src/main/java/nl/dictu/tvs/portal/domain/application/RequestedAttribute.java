package nl.dictu.tvs.portal.domain.application;

import java.io.Serializable;
import java.util.Objects;

/**
 * An attribute a service requests from eHerkenning, with the purpose statement the eTD Dienstencatalogus
 * demands for it in Dutch and in English ({@code RequestedAttribute} + {@code PurposeStatement}, tvs-rules 1.3).
 */
public record RequestedAttribute(String name, String purposeNl, String purposeEn) implements Serializable {

    public static final int NAME_MAX = 200;
    public static final int PURPOSE_MAX = 512;

    public RequestedAttribute {
        name = Objects.requireNonNullElse(name, "").strip();
        purposeNl = Objects.requireNonNullElse(purposeNl, "").strip();
        purposeEn = Objects.requireNonNullElse(purposeEn, "").strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw InvalidApplicationException.of("name", "application.invalid.requestedAttributeName", NAME_MAX);
        }
        requirePurpose(name, purposeNl, "purposeNl", "application.invalid.purposeStatementNl");
        requirePurpose(name, purposeEn, "purposeEn", "application.invalid.purposeStatementEn");
    }

    private static void requirePurpose(String name, String purpose, String field, String messageKey) {
        if (purpose.isEmpty() || purpose.length() > PURPOSE_MAX) {
            throw InvalidApplicationException.of(field, messageKey, name, PURPOSE_MAX);
        }
    }
}
