package io.partnerflow.conduct;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CardRepository extends JpaRepository<Card, Long> {

	List<Card> findByPartnerReferenceOrderByIssuedAtDescIdDesc(String partnerReference);

	long countByPartnerReference(String partnerReference);

	boolean existsByPartnerReferenceAndIssuedAtAfter(String partnerReference, Instant after);

	long countByColourAndIssuedAtGreaterThanEqualAndIssuedAtLessThan(CardColour colour, Instant from, Instant to);

}
