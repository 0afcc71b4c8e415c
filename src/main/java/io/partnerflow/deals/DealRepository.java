package io.partnerflow.deals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealRepository extends JpaRepository<Deal, Long> {

	List<Deal> findByPartnerIdOrderBySignedOnAscIdAsc(Long partnerId);

}
