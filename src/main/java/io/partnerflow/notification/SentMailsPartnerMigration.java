package io.partnerflow.notification;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 51 (H2 and PostgreSQL): each recorded mail names the partner it is about, so a
 * partner's page lists its mails from an index. Mails recorded before name none; their key starts
 * with the id of the process instance that sent them, whose business key is the partner's
 * reference, read from the engine's history when the engine's tables exist already.
 */
@Component
class SentMailsPartnerMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("51");
	}

	@Override
	public String getDescription() {
		return "notification partner reference";
	}

	@Override
	public Integer getChecksum() {
		return 51_001;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table notification add column partner_reference varchar(20)");
			ddl.execute("create index ix_notification_partner on notification (partner_reference, sent_at)");
		}
		if (engineHistoryExists(connection.getMetaData())) {
			backfill(connection);
		}
	}

	private static boolean engineHistoryExists(DatabaseMetaData metadata) throws SQLException {
		for (String name : new String[] { "ACT_HI_PROCINST", "act_hi_procinst" }) {
			try (ResultSet tables = metadata.getTables(null, null, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	private static void backfill(Connection connection) throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, idempotency_key from notification");
				PreparedStatement businessKey = connection
					.prepareStatement("select business_key_ from act_hi_procinst where id_ = ?");
				PreparedStatement update = connection
					.prepareStatement("update notification set partner_reference = ? where id = ?")) {
			while (rows.next()) {
				String key = rows.getString(2);
				businessKey.setString(1, key.contains("/") ? key.substring(0, key.indexOf('/')) : key);
				try (ResultSet instance = businessKey.executeQuery()) {
					if (instance.next() && instance.getString(1) != null && instance.getString(1).length() <= 20) {
						update.setString(1, instance.getString(1));
						update.setLong(2, rows.getLong(1));
						update.executeUpdate();
					}
				}
			}
		}
	}

}
