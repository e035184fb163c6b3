package nl.dictu.tvs.portal.usecase.expiry;

import java.util.List;

/** One row of an import file as text fields, with its number as a person sees it (the header is row 1). */
public record ImportRow(int number, List<String> fields) {

    public ImportRow {
        fields = List.copyOf(fields);
    }

    public boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
