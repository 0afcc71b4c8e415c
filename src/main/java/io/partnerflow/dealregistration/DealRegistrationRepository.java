package io.partnerflow.dealregistration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealRegistrationRepository extends JpaRepository<DealRegistration, Long> {

	List<DealRegistration> findByPartnerReferenceOrderByRegisteredAtDescIdDesc(String partnerReference);

	boolean existsByOpenKey(String openKey);

}
