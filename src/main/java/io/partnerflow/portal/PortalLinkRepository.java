package io.partnerflow.portal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PortalLinkRepository extends JpaRepository<PortalLink, Long> {

	Optional<PortalLink> findByTokenHash(String tokenHash);

	/** The link, locked until the transaction ends: two submissions through it run one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select link from PortalLink link where link.tokenHash = ?1")
	Optional<PortalLink> lockByTokenHash(String tokenHash);

	List<PortalLink> findByPartnerReferenceAndPurpose(String partnerReference, PortalLink.Purpose purpose);

	List<PortalLink> findByAccountIdAndPurpose(Long accountId, PortalLink.Purpose purpose);

}
