package io.partnerflow.tier;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CertificationRepository extends JpaRepository<Certification, Long> {

	@Query("select c from Certification c where c.partnerId = :partnerId order by c.certifiedOn desc, c.id desc")
	List<Certification> findByPartner(@Param("partnerId") Long partnerId);

	/**
	 * The people of the partner with a valid certification of this role on {@code day}: each person
	 * once, however many certifications (renewals) they hold; names compared without case.
	 */
	@Query("""
			select count(distinct lower(c.personName)) from Certification c
			where c.partnerId = :partnerId and c.role = :role and c.certifiedOn <= :day and c.expiresOn > :day""")
	long countValid(@Param("partnerId") Long partnerId, @Param("role") CertificationRole role,
			@Param("day") LocalDate day);

}
