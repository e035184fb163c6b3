package nl.dictu.tvs.portal.usecase.task;

import org.camunda.bpm.engine.query.NativeQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An engine query for many instances at once as a native statement with an {@code in (...)} list. The engine's own
 * queries build their SQL from a mapping of some hundred conditions evaluated through OGNL at every call: for the
 * applicant's and the reviewer's pages that evaluation cost more CPU than the statements. A native statement is
 * bound as written.
 */
public final class NativeInClause {

    /** Values bound per statement: far below what any database takes, and a statement per 500 instances. */
    static final int VALUES_PER_STATEMENT = 500;

    private NativeInClause() {
    }

    /**
     * The rows of the statement for all values, one statement per {@value #VALUES_PER_STATEMENT} of them.
     *
     * @param values   what the {@code in} list holds (instance ids, business keys)
     * @param newQuery a new native query of the engine ({@code taskService::createNativeTaskQuery})
     * @param sql      the statement, given the {@code in} list's placeholders, such as {@code (#{p0}, #{p1})}
     */
    public static <U> List<U> list(Collection<String> values, Supplier<? extends NativeQuery<?, U>> newQuery,
                                   UnaryOperator<String> sql) {
        List<String> all = List.copyOf(values);
        List<U> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += VALUES_PER_STATEMENT) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + VALUES_PER_STATEMENT));
            NativeQuery<?, U> query = newQuery.get();
            StringBuilder in = new StringBuilder("(");
            for (int i = 0; i < chunk.size(); i++) {
                in.append(i == 0 ? "" : ", ").append("#{p").append(i).append('}');
                query.parameter("p" + i, chunk.get(i));
            }
            query.sql(sql.apply(in.append(')').toString()));
            rows.addAll(query.list());
        }
        return rows;
    }
}
