package io.partnerflow.leads;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LeadOfferRepository extends JpaRepository<LeadOffer, Long> {

	@Query("select o from LeadOffer o where o.leadId = :lead order by o.offeredAt, o.id")
	List<LeadOffer> findByLead(@Param("lead") long leadId);

	@Query("select o from LeadOffer o where o.leadId = :lead and o.partnerReference = :partner")
	Optional<LeadOffer> findByLeadAndPartner(@Param("lead") long leadId, @Param("partner") String partnerReference);

	/** How many leads each partner holds now (offered to it or accepted by it): their capacity. */
	@Query("select o.partnerReference, count(o) from LeadOffer o where o.outcome in :holding group by o.partnerReference")
	List<Object[]> countHeld(@Param("holding") Collection<OfferOutcome> holding);

	/** The offers made to a partner from {@code from} (included) to {@code to} (excluded). */
	@Query("select o from LeadOffer o where o.partnerReference = :partner and o.offeredAt >= :from and o.offeredAt < :to "
			+ "order by o.offeredAt, o.id")
	List<LeadOffer> findOfferedBetween(@Param("partner") String partnerReference, @Param("from") Instant from,
			@Param("to") Instant to);

	/** Every offer made from {@code from} (included) to {@code to} (excluded): the KPIs' leads passed. */
	@Query("select o from LeadOffer o where o.offeredAt >= :from and o.offeredAt < :to")
	List<LeadOffer> findAllOfferedBetween(@Param("from") Instant from, @Param("to") Instant to);

}
