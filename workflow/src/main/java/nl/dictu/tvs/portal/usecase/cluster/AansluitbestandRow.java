package nl.dictu.tvs.portal.usecase.cluster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One member of a cluster connection in one environment: its OIN and name, when it was connected and, once it
 * left the cluster, when it was disconnected.
 */
public record AansluitbestandRow(String oin, String name, LocalDate connectedOn, Optional<LocalDate> disconnectedOn) {

    public AansluitbestandRow {
        Objects.requireNonNull(oin, "oin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(connectedOn, "connectedOn");
        Objects.requireNonNull(disconnectedOn, "disconnectedOn");
    }

    public boolean isConnected() {
        return disconnectedOn.isEmpty();
    }
}
