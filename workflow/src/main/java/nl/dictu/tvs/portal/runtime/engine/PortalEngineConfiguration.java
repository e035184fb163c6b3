package nl.dictu.tvs.portal.runtime.engine;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;

/**
 * The portal's engine configuration: Camunda's JTA one, taking the SQL mappings {@link EngineSqlMappings} read
 * ahead instead of reading them again.
 */
class PortalEngineConfiguration extends JakartaTransactionProcessEngineConfiguration {

    @Override
    protected void initSqlSessionFactory() {
        Configuration readAhead = isUseSharedSqlSessionFactory() ? null : EngineSqlMappings.take(databaseType, databaseTablePrefix);
        if (readAhead == null || sqlSessionFactory != null) {
            super.initSqlSessionFactory();
            return;
        }
        // What the superclass does after reading them.
        readAhead.setEnvironment(new Environment("default", transactionFactory, dataSource));
        readAhead.setDefaultStatementTimeout(jdbcStatementTimeout);
        if (isJdbcBatchProcessing()) {
            readAhead.setDefaultExecutorType(ExecutorType.BATCH);
        }
        sqlSessionFactory = new DefaultSqlSessionFactory(readAhead);
    }
}
