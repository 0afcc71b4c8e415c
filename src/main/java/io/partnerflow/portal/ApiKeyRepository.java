package io.partnerflow.portal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

	Optional<ApiKey> findByKeyId(String keyId);

	List<ApiKey> findByPartnerReferenceOrderByCreatedAtDescIdDesc(String partnerReference);

	long countByPartnerReferenceAndRevokedAtIsNull(String partnerReference);

	/** Records a use, at most once a minute per key, so a busy system does not write a row per call. */
	@Modifying
	@Transactional
	@Query("update ApiKey k set k.lastUsedAt = :now where k.id = :id and (k.lastUsedAt is null or k.lastUsedAt < :before)")
	int used(Long id, Instant now, Instant before);

}
