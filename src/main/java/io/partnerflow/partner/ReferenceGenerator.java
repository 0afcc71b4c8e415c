package io.partnerflow.partner;

import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Partner references such as {@code P-2026-00042}: the year listed and a database sequence, safe across nodes. */
@Component
class ReferenceGenerator {

	private final JdbcTemplate jdbc;

	private final String nextValue;

	ReferenceGenerator(DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = new JdbcTemplate(dataSource);
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
		this.nextValue = "PostgreSQL".equals(product) ? "select nextval('partner_reference_seq')"
				: "select next value for partner_reference_seq";
	}

	String next(Instant listedAt) {
		long number = jdbc.queryForObject(nextValue, Long.class);
		return "P-%d-%05d".formatted(listedAt.atZone(ZoneOffset.UTC).getYear(), number);
	}

}
