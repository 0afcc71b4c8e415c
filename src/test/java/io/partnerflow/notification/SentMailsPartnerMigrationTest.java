package io.partnerflow.notification;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration 51 on a database whose mails were recorded before they named their partner. */
class SentMailsPartnerMigrationTest {

	final DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:mails-" + System.nanoTime()
			+ ";DB_CLOSE_DELAY=-1", "sa", "");

	final JdbcTemplate jdbc = new JdbcTemplate(database);

	@Test
	void eachRecordedMailGetsThePartnerOfTheProcessThatSentIt() {
		// given mails of two processes the engine's history knows, and one of a process it has forgotten
		flyway("50").migrate();
		jdbc.execute("create table act_hi_procinst (id_ varchar(64) primary key, business_key_ varchar(255))");
		jdbc.update("insert into act_hi_procinst values ('pi-1', 'P-2026-00001'), ('pi-2', 'P-2026-00002')");
		mail(1, "pi-1/ServiceTask_WelcomePartner");
		mail(2, "pi-2/ServiceTask_RemindMembers/claire");
		mail(3, "pi-gone/ServiceTask_WelcomePartner");

		// when
		flyway(null).migrate();

		// then
		assertThat(jdbc.queryForList("select partner_reference from notification order by id", String.class))
			.containsExactly("P-2026-00001", "P-2026-00002", null);
	}

	@Test
	void aNewDatabaseWithoutTheEnginesTablesMigrates() {
		flyway(null).migrate();

		assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'NOTIFICATION'",
				String.class)).contains("PARTNER_REFERENCE");
	}

	private Flyway flyway(String target) {
		var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration")
			.javaMigrations(new SentMailsPartnerMigration());
		return (target == null ? configuration : configuration.target(target)).load();
	}

	private void mail(long id, String key) {
		jdbc.update("insert into notification (id, idempotency_key, template, recipients, subject, sent_at)"
				+ " values (?, ?, 'partner-welcome', 'a@b.example', 'Welcome', current_timestamp)", id, key);
	}

}
