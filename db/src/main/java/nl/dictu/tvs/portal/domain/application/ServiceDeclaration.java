package nl.dictu.tvs.portal.domain.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One service (dienst) of the web service: its name, what it does, where it lives (an https URL,
 * optional), and the minimum assurance level per login means it offers: at least one, and at most
 * one per login means.
 */
public record ServiceDeclaration(String name, Set<AssuranceLevel> minimumLevels, String description, String url) {

    /** The longest name a service may be given: the catalogues behind TVS take 64 characters (the wizard's field too). */
    public static final int NAME_MAX = 64;
    /**
     * The width of the name columns: names stored before the limit of {@value #NAME_MAX} keep their
     * length, so the columns stay wider than what is accepted now.
     */
    public static final int STORED_NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int URL_MAX = 500;

    public ServiceDeclaration {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isBlank() || name.length() > NAME_MAX) {
            throw InvalidApplicationException.of("name", "application.invalid.serviceName", NAME_MAX);
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
        url = url == null || url.isBlank() ? null : url.strip();
        if (url != null && !isHttpsUrl(url)) {
            throw InvalidApplicationException.of("url", "application.invalid.serviceUrl", name, url);
        }
    }

    /** A service with only a name and its levels. */
    public ServiceDeclaration(String name, Set<AssuranceLevel> minimumLevels) {
        this(name, minimumLevels, "", null);
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
