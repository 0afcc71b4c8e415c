package io.partnerflow.partner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 45 (H2 and PostgreSQL): the duplicate rule's keys on {@code partner}, held by
 * unique constraints. Existing rows get the keys {@link LookalikeKeys} computes, so the SQL never
 * has to repeat the Java rule; where partners listed before the constraints share a key, the first
 * listed keeps it and the others are marked in their timeline, for a manager to sort out.
 */
@Component
class DuplicateKeysMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("45");
	}

	@Override
	public String getDescription() {
		return "partner duplicate keys";
	}

	@Override
	public Integer getChecksum() {
		return 45_001;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table partner add column company_key varchar(200)");
			ddl.execute("alter table partner add column domain_key varchar(254)");
		}
		backfill(connection);
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table partner add constraint uk_partner_company_key unique (country, company_key)");
			ddl.execute("alter table partner add constraint uk_partner_domain_key unique (domain_key)");
		}
	}

	private static void backfill(Connection connection) throws SQLException {
		Map<String, String> companyHolders = new HashMap<>();
		Map<String, String> domainHolders = new HashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery(
						"select id, reference, company, country, contact_email from partner order by id");
				PreparedStatement update = connection
					.prepareStatement("update partner set company_key = ?, domain_key = ? where id = ?");
				PreparedStatement mark = connection.prepareStatement("insert into partner_event"
						+ " (partner_id, occurred_at, actor, kind, description) values (?, ?, 'partnerflow', 'DUPLICATE_SUSPECTED', ?)")) {
			while (rows.next()) {
				long id = rows.getLong("id");
				String reference = rows.getString("reference");
				String companyKey = rows.getString("country") + " " + LookalikeKeys.companyKey(rows.getString("company"));
				String domainKey = LookalikeKeys.domainKey(rows.getString("contact_email"));
				String sameCompany = companyHolders.putIfAbsent(companyKey, reference);
				String sameDomain = domainKey == null ? null : domainHolders.putIfAbsent(domainKey, reference);
				update.setString(1, sameCompany == null ? LookalikeKeys.companyKey(rows.getString("company")) : null);
				update.setString(2, sameDomain == null ? domainKey : null);
				update.setLong(3, id);
				update.executeUpdate();
				String earlier = sameCompany != null ? sameCompany + " (same company and country)"
						: sameDomain != null ? sameDomain + " (same contact e-mail domain " + domainKey + ")" : null;
				if (earlier != null) {
					mark.setLong(1, id);
					mark.setTimestamp(2, Timestamp.from(Instant.now()));
					mark.setString(3, "Listed before the duplicate rule held: looks like " + earlier);
					mark.executeUpdate();
				}
			}
		}
	}

}
