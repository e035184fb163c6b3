package nl.dictu.tvs.portal.runtime.startup;

import nl.dictu.tvs.portal.shared.config.DatabaseUnavailableException;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import nl.dictu.tvs.portal.document.seal.SealingKeyException;
import nl.dictu.tvs.portal.document.seal.SealingKeySource;
import nl.dictu.tvs.portal.persistence.SchemaMigrator;
import nl.dictu.tvs.portal.shared.secret.SecretSealer;
import nl.dictu.tvs.portal.shared.secret.SecretsKeyException;
import nl.dictu.tvs.portal.trust.config.TrustAnchorRequirement;
import nl.dictu.tvs.portal.trust.config.TrustCheckConfiguration;
import nl.dictu.tvs.portal.usecase.account.ProviderSettings;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * First thing the portal does: refuse to run outside demo mode without trust anchors or a sealing key, make sure
 * the database answers, migrate the schema, and check that Hibernate's mapping matches it. Everything else starts after this ({@code @DependsOn}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    @PersistenceUnit(unitName = "tvs")
    private EntityManagerFactory entityManagerFactory;

    @Inject
    private PortalConfig config;

    @Inject
    private SealingKeySource sealingKeys;

    @Inject
    private SecretSealer secrets;

    @PostConstruct
    void start() {
        TrustAnchorRequirement.problem(config.isDemoMode(), config.get(TrustCheckConfiguration.TRUST_ANCHORS))
                .ifPresent(problem -> {
                    LOG.severe(problem);
                    throw new IllegalStateException(problem);
                });
        requireSealingKey();
        requirePublicUrl();
        requireStaffProvider();
        requireSecretsKey();
        String kind = config.databaseKind();
        String url = databaseUrl();
        LOG.info(() -> "Database: " + kind + " at " + url + "; demo mode " + (config.isDemoMode() ? "on" : "off"));
        MigrateResult result = SchemaMigrator.migrate(dataSource);
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        SchemaMigrator.validateMapping(entityManagerFactory);
    }

    /** Outside demo mode links in mail need {@code TVS_PUBLIC_URL}: stop at once, naming it, rather than at the first invitation. */
    private void requirePublicUrl() {
        try {
            config.requiredPublicUrl();
        } catch (IllegalStateException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
    }

    /** Outside demo mode the key of stored secrets must be configured and readable: stop at once, naming the variable. */
    private void requireSecretsKey() {
        try {
            secrets.requireKey();
        } catch (SecretsKeyException e) {
            LOG.severe(e.getMessage());
            throw new IllegalStateException(e.getMessage());
        }
    }

    /**
     * Outside demo mode staff sign in only at the identity provider; its settings, when given, must
     * be complete (client id, how a second factor shows): stop at once, naming the variable.
     */
    private void requireStaffProvider() {
        try {
            config.requireStaffProvider();
            ProviderSettings.of(config);
        } catch (IllegalStateException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
    }

    /**
     * Reads the sealing key now, so that outside demo mode a missing or unreadable PKCS#12 file stops
     * the start with one line that names the variable, instead of failing the first document.
     */
    private void requireSealingKey() {
        try {
            sealingKeys.sealingKey();
        } catch (SealingKeyException e) {
            LOG.severe(e.getMessage());
            throw new IllegalStateException(e.getMessage());
        }
    }

    /** Connects once; an unreachable database ends start-up with one line that says what to fix. */
    private String databaseUrl() {
        LOG.info(() -> "Connecting to the " + config.databaseKind() + " database");
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            String message = "Cannot connect to the " + config.databaseKind() + " database: " + rootMessage(e)
                    + ". Check " + PortalConfig.DB_URL + " (and " + PortalConfig.DB_USER + ", TVS_DB_PASSWORD).";
            LOG.log(Level.SEVERE, message);
            throw new DatabaseUnavailableException(message);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
