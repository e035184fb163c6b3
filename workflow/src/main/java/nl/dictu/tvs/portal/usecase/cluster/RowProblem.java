package nl.dictu.tvs.portal.usecase.cluster;

import java.util.List;

/**
 * What is wrong with one row of an aansluitbestand (row 1 is the header), or with the file as a whole (row 0),
 * as a bundle key and its arguments; the row number is always the first argument.
 */
public record RowProblem(int row, String messageKey, List<String> arguments) {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }

    static RowProblem of(int row, String messageKey, Object... arguments) {
        List<String> all = new java.util.ArrayList<>();
        all.add(String.valueOf(row));
        for (Object argument : arguments) {
            all.add(String.valueOf(argument));
        }
        return new RowProblem(row, messageKey, all);
    }
}
