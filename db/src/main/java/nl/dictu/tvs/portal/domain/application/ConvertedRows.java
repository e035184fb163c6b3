package nl.dictu.tvs.portal.domain.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of a list in a form or request body (services, contacts, checklist answers) turned into
 * content, with each row's refusal named by its place: a bad e-mail address in the first contact is
 * {@code contacts[0].email}. Pages show every refusal at once; the API answers the first.
 */
public record ConvertedRows<T>(List<T> values, List<InvalidApplicationException> refusals) {

    public ConvertedRows {
        values = List.copyOf(values);
        refusals = List.copyOf(refusals);
    }

    /** Each row converted; a null list has no rows. */
    public static <R, T> ConvertedRows<T> of(String list, List<R> rows, Function<R, T> convert) {
        List<T> values = new ArrayList<>();
        List<InvalidApplicationException> refusals = new ArrayList<>();
        List<R> all = rows == null ? List.of() : rows;
        for (int i = 0; i < all.size(); i++) {
            try {
                values.add(convert.apply(all.get(i)));
            } catch (InvalidApplicationException e) {
                refusals.add(e.under(list + "[" + i + "]"));
            }
        }
        return new ConvertedRows<>(values, refusals);
    }

    public boolean ok() {
        return refusals.isEmpty();
    }

    /** The values, or the first row's refusal. */
    public List<T> orThrow() {
        if (!refusals.isEmpty()) {
            throw refusals.get(0);
        }
        return values;
    }
}
