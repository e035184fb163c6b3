package db.migration;

import nl.dictu.tvs.portal.persistence.DatabaseProduct;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * On PostgreSQL, statistics on {@code lower(organisation.name)}: the task list filters organisations by
 * {@code lower(name) like '%...%'}, and without statistics on that expression the planner guesses that almost no
 * organisation matches. For a filter that one in five organisations match ("Gemeente") it then joined the few
 * organisations it expected to their tasks and sorted all of them (8,600 of 44,000 open tasks, 10 ms), where reading
 * the tasks in the list's order and stopping after the page takes under 1 ms. H2 keeps no statistics on expressions
 * and is given its plan by {@code usecase.review.TaskListSql}; nothing changes there.
 */
public class V47__organisation_name_statistics extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (DatabaseProduct.isPostgresql(context.getConnection())) {
            try (Statement ddl = context.getConnection().createStatement()) {
                ddl.execute("CREATE STATISTICS organisation_lower_name ON (lower(name)) FROM organisation");
                ddl.execute("ANALYZE organisation");
            }
        }
    }
}
