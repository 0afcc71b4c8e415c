package io.partnerflow.partner;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerEventRepository extends JpaRepository<PartnerEvent, Long> {

	List<PartnerEvent> findByPartnerIdOrderByOccurredAtAscIdAsc(Long partnerId);

	/** The partners whose story ended (a final status) and whose last event is older than {@code before}. */
	@Query("""
			select p.reference from Partner p
			where p.status in :ended
			  and (select max(e.occurredAt) from PartnerEvent e where e.partnerId = p.id) < :before
			order by p.id""")
	List<String> findEndedBefore(@Param("ended") Collection<PartnerStatus> ended, @Param("before") Instant before);

	/** Replaces the descriptions of the events of these partners' timelines (the rows stay). */
	@Modifying
	@Query("""
			update PartnerEvent e set e.description = :description
			where e.description <> :description
			  and e.partnerId in (select p.id from Partner p where p.reference in :references)""")
	int replaceDescriptions(@Param("references") Collection<String> references, @Param("description") String description);

}
