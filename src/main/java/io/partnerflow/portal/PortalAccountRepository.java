package io.partnerflow.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalAccountRepository extends JpaRepository<PortalAccount, Long> {

	Optional<PortalAccount> findByEmail(String email);

	List<PortalAccount> findByPartnerReferenceOrderByInvitedAt(String partnerReference);

}
