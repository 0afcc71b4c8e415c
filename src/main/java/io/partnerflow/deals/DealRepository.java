package io.partnerflow.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DealRepository extends JpaRepository<Deal, Long> {

	List<Deal> findByPartnerIdOrderBySignedOnAscIdAsc(Long partnerId);

	/** The amount of the partner's deals signed from {@code from} to {@code to}, both included (null: none). */
	@Query("select sum(d.amount) from Deal d where d.partnerId = :partnerId and d.signedOn >= :from and d.signedOn <= :to")
	BigDecimal sumSignedBetween(@Param("partnerId") Long partnerId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

}
