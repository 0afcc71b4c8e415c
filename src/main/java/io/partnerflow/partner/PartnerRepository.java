package io.partnerflow.partner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerRepository extends JpaRepository<Partner, Long>, JpaSpecificationExecutor<Partner> {

	/**
	 * In JPQL: Hibernate keeps the SQL of a JPQL query, while it translates a derived query again on
	 * each call; this lookup runs several times in each step of a partner's processes.
	 */
	@Query("select p from Partner p where p.reference = :reference")
	Optional<Partner> findByReference(@Param("reference") String reference);

	Page<Partner> findByStatus(PartnerStatus status, Pageable pageable);

	/** Partners holding one of the duplicate rule's keys (a null domain key matches nothing). */
	@Query("""
			select p from Partner p
			where (p.companyKey = :companyKey and p.country = :country)
			   or p.domainKey = :domainKey
			order by p.id""")
	List<Partner> findLookalikes(@Param("companyKey") String companyKey, @Param("country") String country,
			@Param("domainKey") String domainKey);

	/** The users who recruited partners, for the search (read from the index on recruiter). */
	@Query("select distinct p.recruiter from Partner p order by p.recruiter")
	List<String> findRecruiters();

	/**
	 * The next partners in one of these statuses after the partner with id {@code afterId}, by id: a
	 * schedule walks through every partner in batches (the tier review), each batch its own transaction.
	 */
	@Query("select p from Partner p where p.status in :statuses and p.id > :afterId order by p.id")
	List<Partner> findInStatusAfter(@Param("statuses") List<PartnerStatus> statuses, @Param("afterId") long afterId,
			Pageable page);

	/** The partner, its row locked until the transaction ends: one recruitment starts for it at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Partner p where p.reference = :reference")
	Optional<Partner> findForUpdate(@Param("reference") String reference);

}
