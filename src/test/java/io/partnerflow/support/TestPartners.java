package io.partnerflow.support;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.partner.PartnerCategory;

/** Candidates with unique names and domains, so tests sharing one database never collide. */
public final class TestPartners {

	private static final AtomicInteger counter = new AtomicInteger();

	private TestPartners() {
	}

	/**
	 * A plausible reseller listed by rita and taken through the funnel's statuses to a contract signed
	 * at {@code signedAt} (no process runs: the test drives the rest).
	 */
	public static Partner signedContract(PartnerService partners, String name, Instant signedAt) {
		return signedContract(partners, candidate(name), signedAt);
	}

	/** This candidate, listed by rita and taken to a contract signed at {@code signedAt} (no process runs). */
	public static Partner signedContract(PartnerService partners, CandidateData candidate, Instant signedAt) {
		return signContract(partners, partners.register(candidate, "rita").getReference(), signedAt);
	}

	/** The candidate of this reference taken through the funnel's statuses to a contract signed at {@code signedAt}. */
	public static Partner signContract(PartnerService partners, String reference, Instant signedAt) {
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
			partners.changeStatus(reference, status, "rita", null);
		}
		return partners.recordContractSignature(reference, signedAt, "luc");
	}

	/** A plausible reseller with a company name and e-mail domain no other test uses. */
	public static CandidateData candidate(String name) {
		return candidate(name, "FR", "Retail", PartnerCategory.RESELLER);
	}

	/**
	 * A plausible partner of this country, market and category, with a company name and e-mail domain no
	 * other test uses (leads go to the partners of their customer's country: a test of its own country
	 * meets no other test's partners).
	 */
	public static CandidateData candidate(String name, String country, String market, PartnerCategory category) {
		String unique = name + "-" + System.nanoTime() + "-" + counter.incrementAndGet();
		return new CandidateData(unique, country, market, category, "Jeanne Martin",
				"jeanne@" + unique.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example", "https://" + unique + ".example",
				2_500_000L, 6, 4, 3, null);
	}

}
