package nl.dictu.tvs.portal.usecase.cluster;

import java.util.List;

/** One organisation a cluster application serves, with what is its own, as the application's pages show it. */
public record ClusterMemberView(String oin, String name, boolean onAlbList, List<String> services) {
}
