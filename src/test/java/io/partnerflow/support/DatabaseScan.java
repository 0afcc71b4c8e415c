package io.partnerflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads every column of every table of the test database: where a text is still held. */
public final class DatabaseScan {

	private DatabaseScan() {
	}

	/** The tables of the database with a value holding this text, in any column (texts, large objects, bytes). */
	public static List<String> tablesHolding(DataSource dataSource, String text) throws SQLException, IOException {
		String wanted = text.toLowerCase(Locale.ROOT);
		List<String> holding = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet found = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] { "TABLE", "BASE TABLE" })) {
				while (found.next()) {
					tables.add(found.getString("TABLE_NAME"));
				}
			}
			assertThat(tables).as("the tables scanned").contains("PARTNER", "ACT_GE_BYTEARRAY", "ACT_HI_DETAIL");
			for (String table : tables) {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
					int columns = rows.getMetaData().getColumnCount();
					scan: while (rows.next()) {
						for (int column = 1; column <= columns; column++) {
							String value = asText(rows.getObject(column));
							if (value != null && value.toLowerCase(Locale.ROOT).contains(wanted)) {
								holding.add(table);
								break scan;
							}
						}
					}
				}
			}
		}
		return holding;
	}

	private static String asText(Object value) throws SQLException, IOException {
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		if (value instanceof Blob blob) {
			try (InputStream content = blob.getBinaryStream()) {
				return new String(content.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		if (value instanceof Clob clob) {
			try (Reader content = clob.getCharacterStream()) {
				StringWriter all = new StringWriter();
				content.transferTo(all);
				return all.toString();
			}
		}
		return value == null ? null : value.toString();
	}

}
