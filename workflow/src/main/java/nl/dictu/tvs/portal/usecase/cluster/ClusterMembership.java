package nl.dictu.tvs.portal.usecase.cluster;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.domain.cluster.ConnectionMember;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who a cluster connection serves in an environment now (its aansluitbestand), and the change of one member: connected
 * or disconnected on a date. Until a file was imported or a member changed for an environment, the aansluitbestand
 * lists the application's members, connected since it was submitted. Every other service reads and writes the
 * membership through here, so the pages, the import and change requests see the same members.
 */
@Dependent
public class ClusterMembership {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final ClusterRepository clusters;

    @Inject
    public ClusterMembership(ClusterRepository clusters) {
        this.clusters = clusters;
    }

    /** Whether the application is a supplier's cluster application (it lists the organisations it serves). */
    public boolean isCluster(long applicationId) {
        return !clusters.membersOf(applicationId).isEmpty();
    }

    /** The aansluitbestand of the connection in the environment, every member connected and disconnected, by OIN. */
    public List<AansluitbestandRow> rows(Application application, ConnectionEnvironment environment) {
        List<ConnectionMember> kept = clusters.connectionMembers(application.getId(), environment);
        if (!kept.isEmpty()) {
            return kept.stream().map(m -> new AansluitbestandRow(m.getOin(), m.getName(), m.getConnectedOn(),
                    m.getDisconnectedOn())).toList();
        }
        LocalDate submitted = LocalDate.ofInstant(application.getCreatedAt(), DUTCH_TIME);
        return clusters.membersOf(application.getId()).stream()
                .map(m -> new AansluitbestandRow(m.getOin(), m.getName(), submitted, Optional.empty()))
                .sorted(Comparator.comparing(AansluitbestandRow::oin))
                .toList();
    }

    /** The member with the OIN while it is connected in the environment. */
    public Optional<AansluitbestandRow> connected(Application application, ConnectionEnvironment environment, String oin) {
        return connectedIn(rows(application, environment), oin);
    }

    /** Records the aansluitbestand of the connection in the environment as the rows given, all at once. */
    public void replace(long applicationId, ConnectionEnvironment environment, List<AansluitbestandRow> rows) {
        clusters.replaceConnectionMembers(applicationId, environment, rows.stream()
                .map(row -> new ConnectionMember(applicationId, environment, row.oin(), row.name(), row.connectedOn(),
                        row.disconnectedOn().orElse(null)))
                .toList());
    }

    static Optional<AansluitbestandRow> connectedIn(List<AansluitbestandRow> rows, String oin) {
        return rows.stream().filter(row -> row.oin().equals(oin) && row.isConnected()).findFirst();
    }

    /**
     * The rows with the organisation connected since {@code on}: a row of its own, or, when it was connected before and
     * left, its row again with the new date (the aansluitbestand keeps one row per organisation).
     */
    public static List<AansluitbestandRow> withConnected(List<AansluitbestandRow> rows, String oin, String name, LocalDate on) {
        List<AansluitbestandRow> result = new ArrayList<>(rows.stream().filter(row -> !row.oin().equals(oin)).toList());
        result.add(new AansluitbestandRow(oin, name, on, Optional.empty()));
        result.sort(Comparator.comparing(AansluitbestandRow::oin));
        return List.copyOf(result);
    }

    /** The rows with the organisation disconnected on {@code on}; the rows as they are when it is not connected. */
    public static List<AansluitbestandRow> withDisconnected(List<AansluitbestandRow> rows, String oin, LocalDate on) {
        return rows.stream()
                .map(row -> row.oin().equals(oin) && row.isConnected()
                        ? new AansluitbestandRow(row.oin(), row.name(), row.connectedOn(),
                        Optional.of(on.isBefore(row.connectedOn()) ? row.connectedOn() : on))
                        : row)
                .toList();
    }
}
