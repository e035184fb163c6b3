package nl.dictu.tvs.portal.usecase.expiry;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;

import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;

/**
 * One good row of DICTU's administration of live connections.
 *
 * @param services     the ServiceUUIDs with their minimum level, as {@code uuid=LEVEL}
 * @param certificates the end-entity certificates of the connection
 */
public record ImportedConnection(int row, String organisationName, String oin, ConnectionEnvironment environment,
                                 List<String> entityIds, List<String> services, List<X509Certificate> certificates,
                                 LocalDate goLiveDate) {

    public ImportedConnection {
        entityIds = List.copyOf(entityIds);
        services = List.copyOf(services);
        certificates = List.copyOf(certificates);
    }
}
