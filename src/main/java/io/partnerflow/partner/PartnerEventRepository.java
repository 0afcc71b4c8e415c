package io.partnerflow.partner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerEventRepository extends JpaRepository<PartnerEvent, Long> {

	List<PartnerEvent> findByPartnerIdOrderByOccurredAtAscIdAsc(Long partnerId);

}
