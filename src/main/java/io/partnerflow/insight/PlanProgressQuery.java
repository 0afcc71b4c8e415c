package io.partnerflow.insight;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.partnerflow.partner.PartnerCategory;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Repository;

/**
 * What happened in a year per market and category, in two aggregate queries whatever the number of
 * partners: listed, applied, signed and active (signed in the year and a deal won since) from the
 * partners' dates, approached from their timelines (a status left since still counts).
 */
@Repository
class PlanProgressQuery {

	/** The funnel of one market and category in the year. */
	record Counts(long listed, long approached, long applied, long signed, long active) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0);

	}

	record Key(String market, PartnerCategory category) {
	}

	private static final String DATES = """
			select p.market, p.category,
			  sum(case when p.listedAt >= :start and p.listedAt < :end then 1 else 0 end),
			  sum(case when p.appliedAt >= :start and p.appliedAt < :end then 1 else 0 end),
			  sum(case when p.contractSignedAt >= :start and p.contractSignedAt < :end then 1 else 0 end),
			  sum(case when p.contractSignedAt >= :start and p.contractSignedAt < :end and p.firstDealAt is not null
			      then 1 else 0 end)
			from Partner p
			where p.listedAt < :end
			group by p.market, p.category""";

	private static final String APPROACHED = """
			select p.market, p.category, count(distinct p.id)
			from PartnerEvent e join Partner p on p.id = e.partnerId
			where e.kind = 'STATUS_APPROACHED' and e.occurredAt >= :start and e.occurredAt < :end
			group by p.market, p.category""";

	private final EntityManager entityManager;

	PlanProgressQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Map<Key, Counts> counts(Instant start, Instant end) {
		Map<Key, Long> approached = new HashMap<>();
		entityManager.createQuery(APPROACHED, Object[].class)
			.setParameter("start", start)
			.setParameter("end", end)
			.getResultList()
			.forEach(row -> approached.put(new Key((String) row[0], (PartnerCategory) row[1]), ((Number) row[2]).longValue()));
		Map<Key, Counts> counts = new HashMap<>();
		entityManager.createQuery(DATES, Object[].class)
			.setParameter("start", start)
			.setParameter("end", end)
			.getResultList()
			.forEach(row -> {
				Key key = new Key((String) row[0], (PartnerCategory) row[1]);
				counts.put(key, new Counts(number(row[2]), approached.getOrDefault(key, 0L), number(row[3]),
						number(row[4]), number(row[5])));
			});
		approached.forEach((key, count) -> counts.putIfAbsent(key, new Counts(0, count, 0, 0, 0)));
		return counts;
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

}
