package io.partnerflow.system;

import io.partnerflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The indexes PartnerFlow adds to Camunda's schema are there after the start, and a second start keeps them. */
@IntegrationTest
class EngineIndexesTest {

	@Autowired
	EngineIndexes indexes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void completingATaskFindsItsSubTasksByIndex() throws Exception {
		// given the application started, when it starts again on the same database
		indexes.run(null);

		// then the index on the tasks' parent is there, once
		assertThat(jdbc.queryForObject("""
				select count(*) from information_schema.indexes
				where index_name = 'PF_IDX_TASK_PARENT' and table_name = 'ACT_RU_TASK'""", Integer.class)).isEqualTo(1);
	}

	@Test
	void tasklistsPageIsReadOffTheDueDateIndex() {
		// given the application started, when it starts again on the same database
		indexes.run(null);

		// then the index Tasklist's order uses is there, once, and the page of a filter is read off it
		assertThat(jdbc.queryForObject("""
				select count(*) from information_schema.indexes
				where index_name = 'PF_IDX_TASK_DUE' and table_name = 'ACT_RU_TASK'""", Integer.class)).isEqualTo(1);
		String plan = jdbc.queryForObject("explain select RES.* from ACT_RU_TASK RES order by RES.DUE_DATE_ asc, "
				+ "RES.CREATE_TIME_ desc limit 15", String.class);
		assertThat(plan).contains("PF_IDX_TASK_DUE");
	}

	@Test
	void whetherARevokeExistsIsAnsweredFromTheTypeIndex() {
		// given the application started, when it starts again on the same database
		indexes.run(null);

		// then Camunda's question before each checked query reads the index, not every authorization row
		assertThat(jdbc.queryForObject("""
				select count(*) from information_schema.indexes
				where index_name = 'PF_IDX_AUTH_TYPE' and table_name = 'ACT_RU_AUTHORIZATION'""", Integer.class)).isEqualTo(1);
		String plan = jdbc.queryForObject("explain select count(*) from ACT_RU_AUTHORIZATION where TYPE_ = 2", String.class);
		assertThat(plan).contains("PF_IDX_AUTH_TYPE");
	}

}
