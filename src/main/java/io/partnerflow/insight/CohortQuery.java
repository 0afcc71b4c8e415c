package io.partnerflow.insight;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.partnerflow.partner.PartnerStatus;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Repository;

/**
 * Aggregate queries over the partners listed in a period: the database counts and sums, nothing
 * is loaded partner by partner. HQL, so Hibernate writes the date arithmetic for H2 and
 * PostgreSQL alike.
 */
@Repository
class CohortQuery {

	/**
	 * The columns follow the fields of {@link CohortCounts}. A partner is active after its start-up
	 * period (6 months from the contract) when it won a deal within it, whether it left later or not;
	 * its first deal is the earliest signed in the deals table, one row per partner joined.
	 */
	private static final String BY_GROUP = """
			select p.recruiter, p.market, p.category, p.source,
			  count(p),
			  sum(case when p.status <> :notEligible and (p.selectionScore is not null or p.status <> :candidate)
			      then 1 else 0 end),
			  count(p.appliedAt),
			  count(p.approvedAt),
			  count(p.contractSignedAt),
			  count(p.exitedAt),
			  sum((p.contractSignedAt - p.listedAt) by second),
			  sum(case when p.contractSignedAt is not null and p.firstDealAt is not null then 1 else 0 end),
			  sum((p.firstDealAt - p.contractSignedAt) by second),
			  sum(case when p.contractSignedAt is not null and o.commerciallyAutonomousAt is not null then 1 else 0 end),
			  sum((o.commerciallyAutonomousAt - p.contractSignedAt) by second),
			  sum(case when p.contractSignedAt is not null and o.technicallyAutonomousAt is not null then 1 else 0 end),
			  sum((o.technicallyAutonomousAt - p.contractSignedAt) by second),
			  sum(case when p.contractSignedAt + 6 month < :asOf then 1 else 0 end),
			  sum(case when p.contractSignedAt + 6 month < :asOf
			      and d.firstSignedOn <= cast(p.contractSignedAt + 6 month as LocalDate) then 1 else 0 end),
			  sum(case when p.appliedAt is not null and p.contractSignedAt is not null then 1 else 0 end),
			  count(o.businessPlanSignedOn),
			  sum(case when p.contractSignedAt is not null and p.exitedAt is not null then 1 else 0 end)
			from Partner p left join OnboardingPlan o on o.partnerId = p.id
			  left join (select deal.partnerId as partnerId, min(deal.signedOn) as firstSignedOn
			      from Deal deal group by deal.partnerId) d on d.partnerId = p.id
			where p.listedAt >= :start and p.listedAt < :end
			group by p.recruiter, p.market, p.category, p.source
			order by p.recruiter, p.market, p.category, p.source""";

	private static final String STATUSES_REACHED = """
			select e.kind, count(distinct e.partnerId)
			from PartnerEvent e join Partner p on p.id = e.partnerId
			where p.listedAt >= :start and p.listedAt < :end and e.kind in :kinds
			group by e.kind""";

	private final EntityManager entityManager;

	CohortQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The figures of each recruiter, market, category and source for the partners listed in [start, end);
	 * the start-up period that must have passed since the signature is counted up to asOf.
	 */
	List<CohortCounts> byGroup(Instant start, Instant end, Instant asOf) {
		return entityManager.createQuery(BY_GROUP, Object[].class)
			.setParameter("start", start)
			.setParameter("end", end)
			.setParameter("asOf", asOf)
			.setParameter("notEligible", PartnerStatus.NOT_ELIGIBLE)
			.setParameter("candidate", PartnerStatus.CANDIDATE)
			.getResultList()
			.stream()
			.map(CohortCounts::of)
			.toList();
	}

	/**
	 * How many partners listed in [start, end) ever reached each of these statuses, from their
	 * timelines (a status left since still counts). A separate query: a correlated look-up per
	 * partner in the query above made PostgreSQL plan it as expensive and compile it (JIT), four
	 * times slower.
	 */
	Map<PartnerStatus, Long> statusesReached(Instant start, Instant end, Set<PartnerStatus> statuses) {
		Map<PartnerStatus, Long> reached = new EnumMap<>(PartnerStatus.class);
		statuses.forEach(status -> reached.put(status, 0L));
		entityManager.createQuery(STATUSES_REACHED, Object[].class)
			.setParameter("start", start)
			.setParameter("end", end)
			.setParameter("kinds", statuses.stream().map(status -> "STATUS_" + status).toList())
			.getResultList()
			.forEach(row -> reached.put(PartnerStatus.valueOf(((String) row[0]).substring("STATUS_".length())),
					((Number) row[1]).longValue()));
		return reached;
	}

}
