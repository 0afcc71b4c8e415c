package io.partnerflow.leads;

import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Lead references such as {@code L-2026-00042}: the year recorded and a database sequence, safe across nodes. */
@Component
class LeadReferences {

	private final JdbcTemplate jdbc;

	private final String nextValue;

	LeadReferences(DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = new JdbcTemplate(dataSource);
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
		this.nextValue = "PostgreSQL".equals(product) ? "select nextval('lead_reference_seq')"
				: "select next value for lead_reference_seq";
	}

	String next(Instant recordedAt) {
		long number = jdbc.queryForObject(nextValue, Long.class);
		return "L-%d-%05d".formatted(recordedAt.atZone(ZoneOffset.UTC).getYear(), number);
	}

}
