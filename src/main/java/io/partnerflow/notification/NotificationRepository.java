package io.partnerflow.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	/** In JPQL, whose SQL Hibernate keeps (see PartnerRepository): asked before each mail. */
	@Query("select count(n) > 0 from Notification n where n.idempotencyKey = :key")
	boolean existsByIdempotencyKey(@Param("key") String idempotencyKey);

	List<Notification> findByPartnerReferenceOrderBySentAtAscIdAsc(String partnerReference);

	void deleteByIdempotencyKey(String idempotencyKey);

	@Modifying
	@Query("delete from Notification n where n.sentAt < :before")
	int deleteSentBefore(@Param("before") Instant before);

}
