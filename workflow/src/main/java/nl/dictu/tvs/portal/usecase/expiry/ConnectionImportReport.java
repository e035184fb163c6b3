package nl.dictu.tvs.portal.usecase.expiry;

import nl.dictu.tvs.portal.trust.finding.Finding;

import java.util.List;

/**
 * What became of an uploaded administration of live connections: accepted ({@code importedCount}
 * connections now watched) or rejected with every problem, each bad row with its number
 * ({@code evidence.row}); a rejected file imported nothing.
 */
public record ConnectionImportReport(boolean accepted, int importedCount, List<Finding> problems) {

    public ConnectionImportReport {
        problems = List.copyOf(problems);
    }
}
