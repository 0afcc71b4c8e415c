package io.partnerflow.insight;

import java.time.Instant;
import java.util.List;

import io.partnerflow.leads.OfferOutcome;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Repository;

/**
 * The leads passed to the partners listed in a period, per partner: one aggregate query over the leads'
 * offers (a lead offered to a partner is passed to it, once), whatever the number of partners.
 */
@Repository
class LeadQuery {

	/** What one partner of the cohort was passed: its reference, company and recruiter, then the counts. */
	record PartnerLeads(String reference, String company, String recruiter, long passed, long accepted, long won) {
	}

	private static final String BY_PARTNER = """
			select p.reference, p.company, p.recruiter, count(o),
			  sum(case when o.outcome in :accepted then 1 else 0 end),
			  sum(case when o.outcome = :won then 1 else 0 end)
			from LeadOffer o join Partner p on p.reference = o.partnerReference
			where p.listedAt >= :start and p.listedAt < :end
			group by p.reference, p.company, p.recruiter
			order by p.reference""";

	private final EntityManager entityManager;

	LeadQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The leads passed to each partner listed in [start, end) that was passed one, up to now. */
	List<PartnerLeads> byPartner(Instant start, Instant end) {
		List<OfferOutcome> accepted = List.of(OfferOutcome.values()).stream().filter(OfferOutcome::accepted).toList();
		return entityManager.createQuery(BY_PARTNER, Object[].class)
			.setParameter("start", start)
			.setParameter("end", end)
			.setParameter("accepted", accepted)
			.setParameter("won", OfferOutcome.WON)
			.getResultList()
			.stream()
			.map(row -> new PartnerLeads((String) row[0], (String) row[1], (String) row[2], number(row[3]), number(row[4]),
					number(row[5])))
			.toList();
	}

	private static long number(Object cell) {
		return cell == null ? 0 : ((Number) cell).longValue();
	}

}
