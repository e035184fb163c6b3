package nl.dictu.tvs.portal.generator;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs JDBC work in one committed transaction of the portal's database. */
@FunctionalInterface
public interface JdbcTransactions {

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    <T> T inTransaction(Work<T> work);

    /** Plain resource-local transactions on a data source (benchmarks, tools). */
    static JdbcTransactions of(javax.sql.DataSource dataSource) {
        return new JdbcTransactions() {
            @Override
            public <T> T inTransaction(Work<T> work) {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    try {
                        T result = work.on(connection);
                        connection.commit();
                        return result;
                    } catch (SQLException | RuntimeException e) {
                        connection.rollback();
                        throw e;
                    }
                } catch (SQLException e) {
                    throw new GeneratorException("database work failed: " + e.getMessage(), e);
                }
            }
        };
    }
}
