package nl.dictu.tvs.portal.testbed;

import nl.dictu.tvs.portal.persistence.SchemaMigrator;
import nl.dictu.tvs.portal.shared.limit.LimitStore;
import nl.dictu.tvs.portal.shared.limit.RequestLimiter;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.UUID;

/** Request limits on a database of their own or the test bed's, for one client address. */
public final class TestLimits {

    public static final String ADDRESS = "192.0.2.10";

    private TestLimits() {
    }

    public static RequestLimiter limiter(DataSource dataSource, Clock clock) {
        return new RequestLimiter(new LimitStore(dataSource), () -> ADDRESS, clock);
    }

    /** A migrated in-memory database, for tests without a test bed. */
    public static DataSource freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator.migrate(dataSource);
        return dataSource;
    }
}
