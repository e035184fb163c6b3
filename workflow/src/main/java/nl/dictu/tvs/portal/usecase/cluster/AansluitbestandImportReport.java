package nl.dictu.tvs.portal.usecase.cluster;

import java.util.List;

/**
 * What became of an uploaded aansluitbestand: accepted (the connection now lists {@code importedCount}
 * members in that environment) or rejected with every bad row by number; a rejected file changed nothing.
 */
public record AansluitbestandImportReport(boolean accepted, int importedCount, List<RowProblem> problems) {

    public AansluitbestandImportReport {
        problems = List.copyOf(problems);
    }
}
