package nl.dictu.tvs.portal.domain.application;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One service (dienst) of the web service, with the minimum assurance level per login means it
 * offers: at least one, and at most one per login means.
 */
public record ServiceDeclaration(String name, Set<AssuranceLevel> minimumLevels) {

    public static final int NAME_MAX = 200;

    public ServiceDeclaration {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > NAME_MAX) {
            throw new InvalidApplicationException("application.invalid.serviceName", name);
        }
        if (minimumLevels == null || minimumLevels.isEmpty()) {
            throw new InvalidApplicationException("application.invalid.noLoginMeans", name);
        }
        long means = minimumLevels.stream().map(AssuranceLevel::loginMeans).distinct().count();
        if (means != minimumLevels.size()) {
            throw new InvalidApplicationException("application.invalid.twoLevelsForOneLoginMeans", name);
        }
        minimumLevels = Set.copyOf(EnumSet.copyOf(minimumLevels));
    }
}
