package io.partnerflow.recruitment;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicationFileRepository extends JpaRepository<ApplicationFile, Long> {

	Optional<ApplicationFile> findByPartnerReference(String partnerReference);

	boolean existsByPartnerReference(String partnerReference);

	@Modifying
	@Query("delete from ApplicationFile f where f.partnerReference in :references")
	int deleteByPartnerReferenceIn(@Param("references") Collection<String> references);

}
