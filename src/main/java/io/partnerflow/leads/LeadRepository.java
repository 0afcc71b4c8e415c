package io.partnerflow.leads;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LeadRepository extends JpaRepository<Lead, Long> {

	@Query("select l from Lead l where l.reference = :reference")
	Optional<Lead> findByReference(@Param("reference") String reference);

	Page<Lead> findByStatusIn(Collection<LeadStatus> statuses, Pageable page);

	/** The leads a partner was offered, newest first (its offers name them). */
	@Query("select l from Lead l where l.id in (select o.leadId from LeadOffer o where o.partnerReference = :partner) "
			+ "order by l.recordedAt desc, l.id desc")
	List<Lead> findOfferedTo(@Param("partner") String partnerReference);

	/** The leads offered to the partners of one recruiter, newest first. */
	@Query("select l from Lead l where l.id in (select o.leadId from LeadOffer o where o.partnerReference in :partners) "
			+ "order by l.recordedAt desc, l.id desc")
	Page<Lead> findOfferedToAny(@Param("partners") Collection<String> partnerReferences, Pageable page);

}
