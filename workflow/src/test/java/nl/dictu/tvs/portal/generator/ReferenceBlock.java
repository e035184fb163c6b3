package nl.dictu.tvs.portal.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reserves a block of application numbers of one year at once, on the same counter the
 * application service uses, so generated and real references never collide and never repeat.
 */
final class ReferenceBlock {

    private ReferenceBlock() {
    }

    /** Reserves {@code count} numbers of {@code year}; returns the first. */
    static int reserve(Connection connection, int year, int count) throws SQLException {
        int last;
        try (PreparedStatement select = connection.prepareStatement(
                "select last_number from application_reference_counter where reference_year = ? for update")) {
            select.setInt(1, year);
            try (ResultSet rs = select.executeQuery()) {
                last = rs.next() ? rs.getInt(1) : -1;
            }
        }
        if (last < 0) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into application_reference_counter (reference_year, last_number) values (?, ?)")) {
                insert.setInt(1, year);
                insert.setInt(2, count);
                insert.executeUpdate();
            }
            return 1;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update application_reference_counter set last_number = ? where reference_year = ?")) {
            update.setInt(1, last + count);
            update.setInt(2, year);
            update.executeUpdate();
        }
        return last + 1;
    }
}
