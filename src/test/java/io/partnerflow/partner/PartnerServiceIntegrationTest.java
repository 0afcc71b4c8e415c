package io.partnerflow.partner;

import io.partnerflow.IntegrationTest;
import io.partnerflow.support.TestPartners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PartnerServiceIntegrationTest {

	@Autowired
	PartnerService partners;

	@Test
	void aNewCandidateGetsAReferenceAStatusAndATimeline() {
		// when
		Partner partner = partners.register(TestPartners.candidate("Listed"), "rita");

		// then
		assertThat(partner.getReference()).matches("P-\\d{4}-\\d{5}");
		assertThat(partner.getStatus()).isEqualTo(PartnerStatus.CANDIDATE);
		assertThat(partner.getListedAt()).isNotNull();
		assertThat(partners.timeline(partner.getReference())).extracting(PartnerEvent::getKind).containsExactly("LISTED");
	}

	@Test
	void theSameCompanyInTheSameCountryIsRefused() {
		CandidateData first = TestPartners.candidate("Twice");
		Partner existing = partners.register(first, "rita");
		CandidateData sameCompanyOtherContact = new CandidateData(first.company().toUpperCase(), "fr", "Retail",
				PartnerCategory.VAR, "Paul", "paul@another-domain-" + System.nanoTime() + ".example", null, null, null,
				null, null);

		assertThatThrownBy(() -> partners.register(sameCompanyOtherContact, "raoul"))
			.isInstanceOfSatisfying(DuplicatePartnerException.class,
					e -> assertThat(e.getExistingReference()).isEqualTo(existing.getReference()))
			.hasMessageContaining("same company and country");
	}

	@Test
	void aContactFromTheSameEmailDomainIsRefused() {
		CandidateData first = TestPartners.candidate("Domain");
		Partner existing = partners.register(first, "rita");
		CandidateData sameDomain = new CandidateData("Another name " + System.nanoTime(), "DE", "Industry",
				PartnerCategory.INTEGRATOR, "Paul", "paul@" + CandidateData.domainOf(first.contactEmail()), null, null,
				null, null, null);

		assertThatThrownBy(() -> partners.register(sameDomain, "raoul"))
			.isInstanceOfSatisfying(DuplicatePartnerException.class,
					e -> assertThat(e.getExistingReference()).isEqualTo(existing.getReference()))
			.hasMessageContaining("same contact e-mail domain");
	}

	@Test
	void anIllegalTransitionIsRefusedAndLeavesThePartnerAsItWas() {
		Partner partner = partners.register(TestPartners.candidate("Illegal"), "rita");

		assertThatThrownBy(() -> partners.changeStatus(partner.getReference(), PartnerStatus.ACTIVE, "rita", "too soon"))
			.isInstanceOf(IllegalStatusTransitionException.class)
			.hasMessageContaining("cannot move from CANDIDATE to ACTIVE");

		assertThat(partners.get(partner.getReference()).getStatus()).isEqualTo(PartnerStatus.CANDIDATE);
		assertThat(partners.timeline(partner.getReference())).hasSize(1);
	}

	@Test
	void legalTransitionsSetTheKeyDatesAndAppendToTheTimeline() {
		String ref = partners.register(TestPartners.candidate("Journey"), "rita").getReference();

		partners.changeStatus(ref, PartnerStatus.APPROACHED, "rita", "met at the trade fair");
		partners.changeStatus(ref, PartnerStatus.APPLICATION_REQUESTED, "rita", null);
		partners.changeStatus(ref, PartnerStatus.IN_COMMITTEE, "system", "application received");
		partners.changeStatus(ref, PartnerStatus.APPROVED, "claire", "committee approved");

		Partner partner = partners.get(ref);
		assertThat(partner.getStatus()).isEqualTo(PartnerStatus.APPROVED);
		assertThat(partner.getAppliedAt()).isNotNull();
		assertThat(partner.getApprovedAt()).isNotNull();
		assertThat(partners.timeline(ref)).extracting(PartnerEvent::getDescription)
			.containsExactly("Listed as candidate by rita", "CANDIDATE -> APPROACHED: met at the trade fair",
					"APPROACHED -> APPLICATION_REQUESTED",
					"APPLICATION_REQUESTED -> IN_COMMITTEE: application received",
					"IN_COMMITTEE -> APPROVED: committee approved");
	}

	@Test
	void anUnknownReferenceIsNotFound() {
		assertThatThrownBy(() -> partners.get("P-1999-99999")).isInstanceOf(PartnerNotFoundException.class);
	}

}
