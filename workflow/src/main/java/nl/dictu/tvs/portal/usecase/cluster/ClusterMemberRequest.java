package nl.dictu.tvs.portal.usecase.cluster;

import java.util.List;

/** One organisation a supplier's cluster application serves, as the supplier lists it: its OIN and its own services. */
public record ClusterMemberRequest(String oin, List<String> services) {

    public ClusterMemberRequest {
        oin = oin == null ? "" : oin.strip();
        services = services == null ? List.of()
                : services.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
