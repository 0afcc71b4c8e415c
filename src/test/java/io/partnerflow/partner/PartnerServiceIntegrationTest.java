package io.partnerflow.partner;

import io.partnerflow.IntegrationTest;
import io.partnerflow.support.TestPartners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class PartnerServiceIntegrationTest {

	@Autowired
	PartnerService partners;

	@Autowired
	JdbcTemplate jdbc;

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
				null, null, null);

		assertThatThrownBy(() -> partners.register(sameCompanyOtherContact, "raoul"))
			.isInstanceOfSatisfying(DuplicatePartnerException.class,
					e -> assertThat(e.getExistingReference()).isEqualTo(existing.getReference()))
			.hasMessageContaining("same company and country");
	}

	@Test
	void aContactFromTheSameEmailDomainIsRefused() {
		CandidateData first = TestPartners.candidate("Domain");
		Partner existing = partners.register(first, "rita");
		CandidateData sameDomain = new CandidateData("Another name " + System.nanoTime(), "DE", "Manufacturing",
				PartnerCategory.INTEGRATOR, "Paul", "paul@" + CandidateData.domainOf(first.contactEmail()), null, null,
				null, null, null, null);

		assertThatThrownBy(() -> partners.register(sameDomain, "raoul"))
			.isInstanceOfSatisfying(DuplicatePartnerException.class,
					e -> assertThat(e.getExistingReference()).isEqualTo(existing.getReference()))
			.hasMessageContaining("same contact e-mail domain");
	}

	@ParameterizedTest(name = "{0} / {1} ({2}, {3}): duplicate {4}")
	@CsvSource(delimiter = '|', textBlock = """
			Azur  Conseil  Paris       | Azur Conseil Paris SAS      | FR | FR | true
			Azur Conseil Paris         | AZUR CONSEIL PARIS S.A.S.   | FR | FR | true
			Société Générale Conseil   | Societe-Generale   Conseil  | FR | FR | true
			L'Atelier Numérique        | L Atelier Numerique SARL    | FR | FR | true
			Müller Systemhaus GmbH     | Muller Systemhaus AG        | DE | DE | true
			Brightline Ltd             | Brightline, Inc.            | GB | GB | true
			Kaas & Co B.V.             | Kaas Co                     | NL | NL | true
			Verdi Sistemi S.p.A.       | Verdi Sistemi SpA           | IT | IT | true
			SASU Rivage Conseil        | Rivage Conseil EURL         | FR | FR | true
			Azur Conseil Paris         | Azur Conseil Paris SAS      | FR | BE | false
			Azur Conseil Paris         | Azur Conseil Lyon           | FR | FR | false
			Nord Informatique          | Nord Informatique Services  | FR | FR | false
			""")
	void companyNamesAreComparedWithoutCaseAccentsPunctuationSpacesOrLegalForms(String first, String second,
			String firstCountry, String secondCountry, boolean duplicate) {
		// given a partner listed with the first name (a name and a domain of this case only)
		String run = " " + Long.toString(System.nanoTime(), 36);
		Partner existing = partners.register(candidate(withRun(first, run), firstCountry, "one" + run.strip() + ".example"),
				"rita");
		CandidateData other = candidate(withRun(second, run), secondCountry, "two" + run.strip() + ".example");

		// when / then
		if (duplicate) {
			assertThatThrownBy(() -> partners.register(other, "raoul"))
				.isInstanceOfSatisfying(DuplicatePartnerException.class,
						e -> assertThat(e.getExistingReference()).isEqualTo(existing.getReference()))
				.hasMessage("%s (%s) looks like %s, already listed as %s (same company and country). A manager can list it"
						+ " anyway with a reason.", other.company(), secondCountry, existing.getCompany(), existing.getReference());
		}
		else {
			assertThat(partners.register(other, "raoul").getReference()).isNotEqualTo(existing.getReference());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "gmail.com", "orange.fr", "free.fr", "wanadoo.fr", "hotmail.fr", "outlook.com", "yahoo.co.uk",
			"laposte.net", "sfr.fr", "icloud.com", "gmx.de", "protonmail.com" })
	void contactsAtAPublicMailDomainAreNoEvidenceOfADuplicate(String publicDomain) {
		// given a partner whose contact writes from a public mail domain
		partners.register(candidate("Public first " + System.nanoTime(), "FR", publicDomain), "rita");

		// when another company's contact writes from the same one, then it is listed
		Partner second = partners.register(candidate("Public second " + System.nanoTime(), "FR", publicDomain), "raoul");
		assertThat(second.getStatus()).isEqualTo(PartnerStatus.CANDIDATE);
	}

	@Test
	void aCompanyMailDomainStaysEvidenceOfADuplicateWhateverTheCase() {
		Partner existing = partners.register(TestPartners.candidate("Domain case"), "rita");
		String domain = CandidateData.domainOf(existing.getContactEmail()).toUpperCase();

		assertThatThrownBy(() -> partners.register(candidate("Other name " + System.nanoTime(), "ES", domain), "raoul"))
			.isInstanceOfSatisfying(DuplicatePartnerException.class,
					e -> assertThat(e.getExistingReference()).isEqualTo(existing.getReference()))
			.hasMessageContaining("same contact e-mail domain " + domain.toLowerCase());
	}

	@Test
	void theDatabaseRefusesASecondPartnerWithTheSameKeysEvenWithoutTheServicesCheck() {
		// given a listed partner
		Partner existing = partners.register(TestPartners.candidate("Constraint"), "rita");

		// when a row with its keys is written around the service, then the unique constraint refuses it
		assertThatThrownBy(() -> jdbc.update("""
				insert into partner (reference, company, country, market, category, contact_name, contact_email,
				    contact_domain, recruiter, status, listed_at, company_key, domain_key)
				select 'P-1999-00001', company, country, market, category, contact_name, contact_email, contact_domain,
				    recruiter, status, listed_at, company_key, null from partner where reference = ?""",
				existing.getReference())).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aManagersOverrideIsInTheTimelineAndLeavesTheKeysWithTheFirstPartner() {
		// given
		CandidateData first = TestPartners.candidate("Override");
		Partner existing = partners.register(first, "rita");

		// when a manager lists its namesake anyway
		Partner namesake = partners.registerDespiteLookalikes(first, "mona", "  A namesake in another trade ");

		// then the reason is in the namesake's timeline, and the rule still refuses a third one
		assertThat(partners.timeline(namesake.getReference())).extracting(PartnerEvent::getKind, PartnerEvent::getDescription)
			.containsExactly(tuple("LISTED", "Listed as candidate by mona"), tuple("DUPLICATE_RULE_OVERRIDDEN",
					"Listed although it looks like " + existing.getCompany() + " (" + existing.getReference()
							+ "): A namesake in another trade"));
		assertThatThrownBy(() -> partners.register(first, "raoul")).isInstanceOfSatisfying(DuplicatePartnerException.class,
				e -> assertThat(e.getExistingReference()).isEqualTo(existing.getReference()));
	}

	private static String withRun(String name, String run) {
		// the run goes before a trailing legal form, so it stays part of the name
		String[] words = name.strip().split(" ");
		String last = words[words.length - 1];
		boolean legalForm = last.matches("(?i)SAS|S\\.A\\.S\\.|SARL|GmbH|AG|Ltd|Inc\\.|B\\.V\\.|S\\.p\\.A\\.|SpA|EURL");
		return legalForm ? name.substring(0, name.lastIndexOf(last)) + run.strip() + " " + last : name + run;
	}

	private static CandidateData candidate(String company, String country, String domain) {
		return new CandidateData(company, country, "Retail", PartnerCategory.RESELLER, "Paul", "paul@" + domain, null,
				1_000_000L, 3, 2, 4, null);
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
