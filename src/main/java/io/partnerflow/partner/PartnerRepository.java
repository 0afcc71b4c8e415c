package io.partnerflow.partner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerRepository extends JpaRepository<Partner, Long> {

	/**
	 * In JPQL: Hibernate keeps the SQL of a JPQL query, while it translates a derived query again on
	 * each call; this lookup runs several times in each step of a partner's processes.
	 */
	@Query("select p from Partner p where p.reference = :reference")
	Optional<Partner> findByReference(@Param("reference") String reference);

	Page<Partner> findByStatus(PartnerStatus status, Pageable pageable);

	@Query("""
			select p from Partner p
			where (lower(p.company) = lower(:company) and p.country = upper(:country))
			   or p.contactDomain = :domain
			order by p.id""")
	List<Partner> findLookalikes(@Param("company") String company, @Param("country") String country,
			@Param("domain") String domain);

}
