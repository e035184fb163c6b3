package nl.dictu.tvs.portal.document;

import java.util.List;
import java.util.Objects;

/**
 * A service (dienst) the applicant wants to connect, with the login means it accepts, what it
 * does and where it lives.
 *
 * @param description empty when the applicant gave none
 * @param url         null when the applicant gave none
 */
public record RequestedService(String name, List<AssuranceLevel> loginMeans, String description, String url) {

    public RequestedService {
        Objects.requireNonNull(name, "name");
        loginMeans = List.copyOf(loginMeans);
        description = description == null ? "" : description;
    }

    public RequestedService(String name, List<AssuranceLevel> loginMeans) {
        this(name, loginMeans, "", null);
    }
}
