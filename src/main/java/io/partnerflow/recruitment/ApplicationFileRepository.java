package io.partnerflow.recruitment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationFileRepository extends JpaRepository<ApplicationFile, Long> {

	Optional<ApplicationFile> findByPartnerReference(String partnerReference);

	boolean existsByPartnerReference(String partnerReference);

}
