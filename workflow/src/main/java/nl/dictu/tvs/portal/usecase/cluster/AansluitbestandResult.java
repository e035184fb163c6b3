package nl.dictu.tvs.portal.usecase.cluster;

import java.util.List;

/** The rows of an aansluitbestand that was read, or every problem found; with one problem, no row counts. */
public record AansluitbestandResult(List<AansluitbestandRow> rows, List<RowProblem> problems) {

    public AansluitbestandResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean isAccepted() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
