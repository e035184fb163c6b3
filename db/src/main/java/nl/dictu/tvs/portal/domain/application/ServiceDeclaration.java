package nl.dictu.tvs.portal.domain.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One service (dienst) of the web service as the catalogues behind TVS know it (tvs-rules 1.3): its name in
 * Dutch ({@code name}) and English, what it does, the https URL describing it and its privacy policy (both
 * optional), the minimum assurance level per login means it offers (at least one, at most one per login
 * means; an eIDAS level means eIDAS is offered as its own catalogue entry), for eHerkenning the identifying
 * attribute types it accepts and the attributes it requests, each with a purpose statement in Dutch and
 * English, and whether it accepts DigiD Machtigen. Rules across these fields are {@link ServiceRules}.
 */
public record ServiceDeclaration(String name, String nameEn, Set<AssuranceLevel> minimumLevels, String description,
                                 String url, String privacyPolicyUrl, Set<IdentifyingAttribute> identifyingAttributes,
                                 List<RequestedAttribute> requestedAttributes, boolean machtigen) {

    /** The longest name a service may be given, per language: the catalogues behind TVS take 64 characters. */
    public static final int NAME_MAX = 64;
    /**
     * The width of the name columns: names stored before the limit of {@value #NAME_MAX} keep their
     * length, so the columns stay wider than what is accepted now.
     */
    public static final int STORED_NAME_MAX = 200;
    /** ServiceDescription in the eTD Dienstencatalogus. */
    public static final int DESCRIPTION_MAX = 1024;
    /** ServiceDescriptionURL and PrivacyPolicyURL in the eTD Dienstencatalogus. */
    public static final int URL_MAX = 512;

    public ServiceDeclaration {
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isBlank() || name.length() > NAME_MAX) {
            throw InvalidApplicationException.of("name", "application.invalid.serviceName", NAME_MAX);
        }
        nameEn = nameEn == null ? "" : nameEn.strip();
        if (nameEn.isBlank() || nameEn.length() > NAME_MAX) {
            throw InvalidApplicationException.of("nameEn", "application.invalid.serviceNameEn", name, NAME_MAX);
        }
        if (minimumLevels == null || minimumLevels.isEmpty()) {
            throw InvalidApplicationException.of("minimumLevels", "application.invalid.noLoginMeans", name);
        }
        long means = minimumLevels.stream().map(AssuranceLevel::loginMeans).distinct().count();
        if (means != minimumLevels.size()) {
            throw InvalidApplicationException.of("minimumLevels", "application.invalid.twoLevelsForOneLoginMeans", name);
        }
        minimumLevels = Set.copyOf(EnumSet.copyOf(minimumLevels));
        description = description == null ? "" : description.strip();
        if (description.length() > DESCRIPTION_MAX) {
            throw InvalidApplicationException.of("description", "application.invalid.serviceDescription", name, DESCRIPTION_MAX);
        }
        url = httpsUrlOrNull(url, "url", "application.invalid.serviceUrl", name);
        privacyPolicyUrl = httpsUrlOrNull(privacyPolicyUrl, "privacyPolicyUrl", "application.invalid.privacyPolicyUrl", name);
        identifyingAttributes = identifyingAttributes == null || identifyingAttributes.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(identifyingAttributes));
        List<RequestedAttribute> attributes = requestedAttributes == null ? List.of() : requestedAttributes;
        if (attributes.stream().anyMatch(Objects::isNull)) {
            throw InvalidApplicationException.of("requestedAttributes", "application.invalid.requestedAttributeName",
                    RequestedAttribute.NAME_MAX);
        }
        requestedAttributes = List.copyOf(attributes);
    }

    /** A service with the catalogue fields left empty: its English name is its Dutch one. */
    public ServiceDeclaration(String name, Set<AssuranceLevel> minimumLevels, String description, String url) {
        this(name, name, minimumLevels, description, url, null, Set.of(), List.of(), false);
    }

    /** A service with only a name and its levels. */
    public ServiceDeclaration(String name, Set<AssuranceLevel> minimumLevels) {
        this(name, minimumLevels, "", null);
    }

    /** The minimum level it demands with the login means, when it offers it. */
    public Optional<AssuranceLevel> levelOf(LoginMeans means) {
        return minimumLevels.stream().filter(level -> level.loginMeans() == means).findFirst();
    }

    /** Whether eIDAS is offered: then it is a catalogue entry of its own, with a ServiceUUID of its own. */
    public boolean offersEidas() {
        return levelOf(LoginMeans.EIDAS).isPresent();
    }

    private static String httpsUrlOrNull(String value, String field, String messageKey, String serviceName) {
        String url = value == null || value.isBlank() ? null : value.strip();
        if (url != null && !isHttpsUrl(url)) {
            throw InvalidApplicationException.of(field, messageKey, serviceName, url, URL_MAX);
        }
        return url;
    }

    private static boolean isHttpsUrl(String value) {
        if (value.length() > URL_MAX) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
