package nl.dictu.tvs.portal.runtime.engine;

import org.apache.ibatis.session.Configuration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EngineSqlMappingsTest {

    @Test
    void shouldReadTheEngineMappingsForTheDatabaseTheDataSourceNames() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:engine-sql-mappings;DB_CLOSE_DELAY=-1");

        EngineSqlMappings.Read read = EngineSqlMappings.read(dataSource);

        assertThat(read.databaseType()).isEqualTo("h2");
        assertThat(read.tablePrefix()).isEmpty();
        Configuration configuration = read.configuration();
        assertThat(configuration.hasStatement("selectProcessDefinitionsByQueryCriteria")).isTrue();
        assertThat(configuration.getMappedStatementNames()).hasSizeGreaterThan(500);
    }

    @Test
    void shouldHandOutNothingWhenNothingWasReadAhead() {
        assertThat(EngineSqlMappings.take("h2", "")).isNull();
    }
}
