package nl.dictu.tvs.portal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which of the two databases the portal runs on (H2 or PostgreSQL), for the few statements they do not share. */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    public static boolean isPostgresql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
