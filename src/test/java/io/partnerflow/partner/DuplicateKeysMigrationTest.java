package io.partnerflow.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Migration 45 on a database that holds partners listed while the duplicate rule was a race. */
class DuplicateKeysMigrationTest {

	final DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:backfill-" + System.nanoTime()
			+ ";DB_CLOSE_DELAY=-1", "sa", "");

	final JdbcTemplate jdbc = new JdbcTemplate(database);

	@Test
	void existingLookalikesLeaveTheKeysToTheFirstListedAndAreMarkedInTheirTimeline() {
		// given the schema before migration 45, with two listings of one company and two gmail contacts
		flyway("40").migrate();
		insert(1, "P-2026-00001", "Azur  Conseil  Paris", "FR", "anne@azur.example");
		insert(2, "P-2026-00002", "AZUR CONSEIL PARIS SAS", "FR", "paul@azur-paris.example");
		insert(3, "P-2026-00003", "Brume Digital", "BE", "brume@gmail.com");
		insert(4, "P-2026-00004", "Cedre Services", "CH", "cedre@gmail.com");

		// when
		flyway(null).migrate();

		// then the first listing holds the company key, gmail is no key, and the second is marked
		assertThat(jdbc.queryForList("select reference, company_key, domain_key from partner order by id"))
			.containsExactly(row("P-2026-00001", "azurconseilparis", "azur.example"),
					row("P-2026-00002", null, "azur-paris.example"), row("P-2026-00003", "brumedigital", null),
					row("P-2026-00004", "cedreservices", null));
		assertThat(jdbc.queryForList("select description from partner_event where partner_id = 2", String.class))
			.containsExactly("Listed before the duplicate rule held: looks like P-2026-00001 (same company and country)");
		assertThatThrownBy(() -> insert(5, "P-2026-00005", "x", "FR", "x@x.example", "azurconseilparis"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private Flyway flyway(String target) {
		var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration")
			.javaMigrations(new DuplicateKeysMigration());
		return (target == null ? configuration : configuration.target(target)).load();
	}

	private void insert(long id, String reference, String company, String country, String email, String... companyKey) {
		jdbc.update("""
				insert into partner (id, reference, company, country, market, category, contact_name, contact_email,
				    contact_domain, recruiter, status, listed_at%s)
				values (?, ?, ?, ?, 'Retail', 'RESELLER', 'Jane', ?, ?, 'rita', 'CANDIDATE', current_timestamp%s)"""
			.formatted(companyKey.length == 0 ? "" : ", company_key", companyKey.length == 0 ? "" : ", '" + companyKey[0] + "'"),
				id, reference, company, country, email, email.substring(email.indexOf('@') + 1));
	}

	private static Map<String, Object> row(String reference, String companyKey, String domainKey) {
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		row.put("REFERENCE", reference);
		row.put("COMPANY_KEY", companyKey);
		row.put("DOMAIN_KEY", domainKey);
		return row;
	}

}
