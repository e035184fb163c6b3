package nl.dictu.tvs.portal.document;

import java.util.List;
import java.util.Objects;

/** A service (dienst) the applicant wants to connect, with the login means it accepts. */
public record RequestedService(String name, List<AssuranceLevel> loginMeans) {

    public RequestedService {
        Objects.requireNonNull(name, "name");
        loginMeans = List.copyOf(loginMeans);
    }
}
