package nl.dictu.tvs.portal.runtime.engine;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The engine's SQL mappings (about 55 MyBatis files, the larger part of the engine's build), read in a thread of
 * their own as soon as the deployment's classes load ({@link EngineSqlMappingsExtension}), so that the reading runs
 * beside Hibernate's and Weld's start instead of after them. {@link PortalEngineConfiguration} takes the result
 * when the engine is built, and reads them itself when there is none (the read failed, or it was made for another
 * database type or table prefix).
 */
public final class EngineSqlMappings {

    static final String DATASOURCE = "java:jboss/datasources/TvsDS";

    private static final Logger LOG = Logger.getLogger(EngineSqlMappings.class.getName());
    private static final AtomicReference<CompletableFuture<Read>> READING = new AtomicReference<>();

    /** Mappings read for one database type and table prefix (they differ per type). */
    record Read(String databaseType, String tablePrefix, Configuration configuration) {
    }

    private EngineSqlMappings() {
    }

    /** Starts reading the mappings in a thread of its own, once per deployment; returns at once. */
    static void startReading() {
        CompletableFuture<Read> reading = new CompletableFuture<>();
        if (!READING.compareAndSet(null, reading)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                reading.complete(read(lookUpDataSource()));
            } catch (Exception | LinkageError e) {
                LOG.log(Level.FINE, "Engine SQL mappings not read ahead; the engine's build reads them", e);
                reading.complete(null);
            }
        }, "tvs-engine-sql-mappings");
        thread.setDaemon(true);
        thread.setContextClassLoader(EngineSqlMappings.class.getClassLoader());
        thread.start();
    }

    /**
     * The mappings read ahead for this database type and prefix, waiting for the reading if it still runs; empty
     * (and handed out only once) when there are none to use.
     */
    static Configuration take(String databaseType, String tablePrefix) {
        CompletableFuture<Read> reading = READING.getAndSet(CompletableFuture.completedFuture(null));
        if (reading == null) {
            return null;
        }
        Read read = reading.join();
        if (read == null || !read.databaseType().equals(databaseType) || !read.tablePrefix().equals(tablePrefix)) {
            return null;
        }
        return read.configuration();
    }

    private static DataSource lookUpDataSource() throws NamingException {
        InitialContext context = new InitialContext();
        try {
            return (DataSource) context.lookup(DATASOURCE);
        } finally {
            context.close();
        }
    }

    /** As {@code ProcessEngineConfigurationImpl.initSqlSessionFactory()} reads them, without the environment. */
    static Read read(DataSource dataSource) throws Exception {
        long start = System.nanoTime();
        JakartaTransactionProcessEngineConfiguration defaults = new JakartaTransactionProcessEngineConfiguration();
        defaults.setDataSource(dataSource);
        defaults.initDatabaseType();
        String databaseType = defaults.getDatabaseType();
        String prefix = defaults.getDatabaseTablePrefix();
        Properties properties = new Properties();
        properties.put("prefix", prefix);
        ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, prefix, databaseType);
        try (InputStream mappings = ReflectUtil.getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE)) {
            Configuration configuration = new XMLConfigBuilder(new InputStreamReader(mappings, StandardCharsets.UTF_8), "",
                    properties).parse();
            LOG.info(() -> "Engine SQL mappings for " + databaseType + " read ahead in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return new Read(databaseType, prefix, configuration);
        }
    }
}
