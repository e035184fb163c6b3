package nl.dictu.tvs.portal.trust.metadata;

import java.util.Locale;
import java.util.Optional;

import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;

/**
 * How a DV sends its ServiceUUID to TVS (Koppelvlakspecificatie eID SAML 4.4, §7.3.1.1): in its metadata
 * (an {@code AttributeConsumingService} the AuthnRequest refers to by index), or in the AuthnRequest's
 * {@code Extensions}. In metadata mode the metadata lists exactly the issued UUIDs once they are issued; in
 * AuthnRequest mode the {@code AttributeConsumingService} is optional and may list only issued UUIDs.
 */
public enum ServiceUuidMode {
    METADATA("metadata"),
    AUTHN_REQUEST("authn-request");

    private final String optionValue;

    ServiceUuidMode(String optionValue) {
        this.optionValue = optionValue;
    }

    /** The command-line spelling: {@code metadata} or {@code authn-request}. */
    public String optionValue() {
        return optionValue;
    }

    /** The mode of an application that recorded how its web service sends its ServiceUUID. */
    public static ServiceUuidMode of(ServiceUuidDelivery delivery) {
        return switch (delivery) {
            case METADATA -> METADATA;
            case AUTHN_REQUEST -> AUTHN_REQUEST;
        };
    }

    public static Optional<ServiceUuidMode> fromOption(String value) {
        for (ServiceUuidMode mode : values()) {
            if (mode.optionValue.equals(value.toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
