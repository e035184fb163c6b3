package nl.dictu.tvs.portal.usecase.apiaccess;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The registered clients, table {@code api_client}, with their organisation's OIN and name. */
@Stateless
public class ApiClientStore {

    private static final String SELECT = "SELECT c.client_id, c.name, o.oin, o.name, c.public_key_jwk, c.key_thumbprint, "
            + "c.scopes, c.created_by, c.created_at, c.revoked_at FROM api_client c JOIN organisation o ON o.id = c.organisation_id ";

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    public ApiClientStore() {
        // for the container
    }

    /** Outside the container (tests), on a database the Flyway migrations made. */
    public ApiClientStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds the client to the organisation with this OIN; false when there is no such organisation. */
    public boolean add(RegisteredClient client) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO api_client (client_id, organisation_id, name, "
                     + "public_key_jwk, key_thumbprint, scopes, created_by, created_at) "
                     + "SELECT ?, id, ?, ?, ?, ?, ?, ? FROM organisation WHERE oin = ?")) {
            insert.setString(1, client.clientId());
            insert.setString(2, client.name());
            insert.setString(3, client.publicKeyJwk());
            insert.setString(4, client.keyThumbprint());
            insert.setString(5, client.scopes().stream().map(ApiScope::value).sorted().collect(Collectors.joining(" ")));
            insert.setString(6, client.createdBy());
            insert.setObject(7, at(client.createdAt()));
            insert.setString(8, client.organisationOin());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot register API client: " + e.getMessage(), e);
        }
    }

    public Optional<RegisteredClient> find(String clientId) {
        List<RegisteredClient> found = select(SELECT + "WHERE c.client_id = ?", clientId);
        return found.stream().findFirst();
    }

    /** The organisation's clients, newest first, revoked ones included. */
    public List<RegisteredClient> ofOrganisation(String oin) {
        return select(SELECT + "WHERE o.oin = ? ORDER BY c.created_at DESC, c.client_id", oin);
    }

    /** Revokes the organisation's client; false when it has no such client that is not revoked. */
    public boolean revoke(String clientId, String oin, String by, Instant at) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE api_client SET revoked_by = ?, revoked_at = ? "
                     + "WHERE client_id = ? AND revoked_at IS NULL "
                     + "AND organisation_id = (SELECT id FROM organisation WHERE oin = ?)")) {
            update.setString(1, by);
            update.setObject(2, at(at));
            update.setString(3, clientId);
            update.setString(4, oin);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot revoke API client " + clientId + ": " + e.getMessage(), e);
        }
    }

    private List<RegisteredClient> select(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                List<RegisteredClient> clients = new ArrayList<>();
                while (row.next()) {
                    clients.add(new RegisteredClient(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), scopes(row.getString(7)),
                            row.getString(8), row.getObject(9, OffsetDateTime.class).toInstant(),
                            Optional.ofNullable(row.getObject(10, OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                                    .orElse(null)));
                }
                return clients;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read API clients: " + e.getMessage(), e);
        }
    }

    private static Set<ApiScope> scopes(String stored) {
        return Arrays.stream(stored.split(" ")).map(ApiScope::of).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
