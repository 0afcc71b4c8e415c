package io.partnerflow.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * What a search of partners asks for; a null criterion asks nothing. The company is found by a
 * part of its name in any case; reference, status, recruiter and market are equal (each served by
 * an index). Only the criteria given enter the query, so the database plans each search for what
 * it asks.
 */
public record PartnerSearch(String company, String reference, PartnerStatus status, String recruiter, String market) {

	public static final PartnerSearch EVERYTHING = new PartnerSearch(null, null, null, null, null);

	Specification<Partner> specification() {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (company != null) {
				where.add(cb.like(cb.lower(root.get("company")), "%" + likeEscaped(company.toLowerCase(Locale.ROOT)) + "%",
						'\\'));
			}
			if (reference != null) {
				where.add(cb.equal(root.get("reference"), reference));
			}
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			if (recruiter != null) {
				where.add(cb.equal(root.get("recruiter"), recruiter));
			}
			if (market != null) {
				where.add(cb.equal(root.get("market"), market));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The partners of this search listed before the partner with this id (newest first): one batch of an export. */
	Specification<Partner> before(long id) {
		return specification().and((root, query, cb) -> cb.lessThan(root.get("id"), id));
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
