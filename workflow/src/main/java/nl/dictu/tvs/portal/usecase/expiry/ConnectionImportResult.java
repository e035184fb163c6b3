package nl.dictu.tvs.portal.usecase.expiry;

import nl.dictu.tvs.portal.trust.finding.Finding;

import java.util.List;

/** What the parser made of an import file: the good rows and every problem, each bad row with its number. */
public record ConnectionImportResult(List<ImportedConnection> connections, List<Finding> problems) {

    public ConnectionImportResult {
        connections = List.copyOf(connections);
        problems = List.copyOf(problems);
    }

    public boolean isAccepted() {
        return problems.isEmpty() && !connections.isEmpty();
    }
}
