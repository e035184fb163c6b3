package nl.dictu.tvs.portal.usecase.task;

import org.camunda.bpm.engine.query.NativeQuery;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class NativeInClauseTest {

    @Test
    void bindsEveryValueOnceInStatementsOfAtMostFiveHundred() {
        List<String> values = IntStream.range(0, 1001).mapToObj(i -> "instance-" + i).toList();
        List<RecordingQuery> statements = new ArrayList<>();

        List<String> rows = NativeInClause.list(values, () -> {
            RecordingQuery query = new RecordingQuery();
            statements.add(query);
            return query;
        }, in -> "select * from ACT_RU_TASK where PROC_INST_ID_ in " + in);

        assertThat(statements).extracting(q -> q.parameters.size()).containsExactly(500, 500, 1);
        assertThat(statements.get(2).sql).isEqualTo("select * from ACT_RU_TASK where PROC_INST_ID_ in (#{p0})");
        assertThat(statements.get(0).sql).startsWith("select * from ACT_RU_TASK where PROC_INST_ID_ in (#{p0}, #{p1}, ")
                .endsWith(", #{p499})");
        assertThat(rows).as("each statement's rows, in order").isEqualTo(values);
    }

    @Test
    void runsNoStatementForNoValues() {
        List<RecordingQuery> statements = new ArrayList<>();
        assertThat(NativeInClause.list(List.of(), () -> {
            RecordingQuery query = new RecordingQuery();
            statements.add(query);
            return query;
        }, in -> "select 1")).isEmpty();
        assertThat(statements).isEmpty();
    }

    /** Answers with the values bound to it, as a statement selecting them would. */
    private static final class RecordingQuery implements NativeQuery<RecordingQuery, String> {
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private String sql;

        @Override
        public RecordingQuery sql(String sql) {
            this.sql = sql;
            return this;
        }

        @Override
        public RecordingQuery parameter(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        @Override
        public long count() {
            return parameters.size();
        }

        @Override
        public String singleResult() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> list() {
            return parameters.values().stream().map(String::valueOf).toList();
        }

        @Override
        public List<String> listPage(int firstResult, int maxResults) {
            throw new UnsupportedOperationException();
        }
    }
}
