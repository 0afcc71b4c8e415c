package io.partnerflow.partner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** The new partner's row: its reference, the duplicate rule's keys, and the insert that settles a race. */
@Component
class PartnerListing {

	private static final Logger log = LoggerFactory.getLogger(PartnerListing.class);

	private final PartnerRepository partners;

	private final ReferenceGenerator references;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	PartnerListing(PartnerRepository partners, ReferenceGenerator references, DataSource dataSource) {
		this.partners = partners;
		this.references = references;
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** The listed partners this candidate looks like: same company in the same country, or same e-mail domain. */
	List<Partner> lookalikes(CandidateData data) {
		return partners.findLookalikes(LookalikeKeys.companyKey(data.company()), data.country().toUpperCase(Locale.ROOT),
				LookalikeKeys.domainKey(data.contactEmail()));
	}

	/**
	 * Inserts the candidate, leaving the keys it shares to {@code keysLeftTo}. The database's unique
	 * keys decide between simultaneous listings of one company: the loser gets the winner as
	 * {@link DuplicatePartnerException}.
	 */
	Partner insert(CandidateData data, String recruiter, List<Partner> keysLeftTo, Instant now) {
		Partner partner = new Partner(references.next(now), data, recruiter, now);
		keysLeftTo.forEach(partner::giveUpKeysOf);
		// in a savepoint: when the insert breaks a unique key, the transaction can still read the
		// winner (PostgreSQL refuses every statement of a transaction after a failed one)
		Connection connection = DataSourceUtils.getConnection(dataSource);
		Savepoint beforeInsert = savepoint(connection);
		try {
			partners.saveAndFlush(partner);
		}
		catch (DataIntegrityViolationException keyTaken) {
			rollback(connection, beforeInsert);
			// a simultaneous listing of the same company committed first; read in SQL, as the
			// persistence context is unusable after a failed insert
			throw jdbc.query("""
					select company, reference, country, company_key from partner
					where (company_key = ? and country = ?) or domain_key = ? order by id""",
					(row, n) -> new DuplicatePartnerException(data, row.getString(1), row.getString(2), row.getString(3),
							row.getString(4)),
					partner.getCompanyKey(), partner.getCountry(), partner.getDomainKey())
				.stream()
				.findFirst()
				.orElseGet(() -> new DuplicatePartnerException(data));
		}
		log.info("Partner {} listed: {} ({})", partner.getReference(), partner.getCompany(), partner.getCountry());
		return partner;
	}

	private static Savepoint savepoint(Connection connection) {
		try {
			return connection.setSavepoint();
		}
		catch (SQLException failed) {
			throw new DataAccessResourceFailureException("Cannot set a savepoint", failed);
		}
	}

	private static void rollback(Connection connection, Savepoint savepoint) {
		try {
			connection.rollback(savepoint);
		}
		catch (SQLException failed) {
			throw new DataAccessResourceFailureException("Cannot roll back to a savepoint", failed);
		}
	}

}
