package nl.dictu.tvs.portal.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The organisations generated applications belong to: municipalities, water boards and agencies
 * with test OINs ({@code 00000099...}, free for anyone), created when missing. They have no
 * accounts, so no notification mail goes out for generated applications.
 */
final class GeneratedOrganisations {

    /** One organisation. */
    record Generated(long id, String oin, String name) {
    }

    private static final String[] KINDS = {"Gemeente", "Waterschap", "Provincie", "Omgevingsdienst", "Veiligheidsregio"};
    private static final String[] PLACES = {"Aadorp", "Bergveld", "Croonstad", "Dijkerhoek", "Eemwoude", "Fleringen",
            "Goorzijl", "Hemmerdam", "IJsselhaven", "Jolderen", "Kralingeveen", "Lemsterland", "Middelwaard", "Noorderrade",
            "Oosterzand", "Prinsenbeek-Oost", "Querensteijn", "Rijnwijk", "Sluisoord", "Terborg-Zuid", "Uddelermeer",
            "Vlietdorp", "Westerhaar", "Ypenburg-Noord", "Zuidervaart"};
    static final long OIN_BASE = 900_000_000L;

    private GeneratedOrganisations() {
    }

    static String oin(int index) {
        return "00000099" + (OIN_BASE + index) + "000";
    }

    static String name(int index) {
        String place = PLACES[index % PLACES.length];
        int round = index / PLACES.length;
        return KINDS[round % KINDS.length] + " " + place + (round >= KINDS.length ? " " + (round / KINDS.length + 1) : "");
    }

    /** The {@code count} generated organisations, inserting the ones that do not exist yet. */
    static List<Generated> ensure(Connection connection, int count, Instant now) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("select oin from organisation where oin like ?")) {
            select.setString(1, "00000099" + "9%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into organisation (oin, name, created_at, version) values (?, ?, ?, 0)")) {
            for (int i = 0; i < count; i++) {
                if (!existing.contains(oin(i))) {
                    insert.setString(1, oin(i));
                    insert.setString(2, name(i));
                    insert.setObject(3, now.minusSeconds(400L * 24 * 3600).atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        List<Generated> organisations = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, oin, name from organisation where oin like ? order by oin")) {
            select.setString(1, "00000099" + "9%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next() && organisations.size() < count) {
                    organisations.add(new Generated(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return organisations;
    }
}
