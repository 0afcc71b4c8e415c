package io.partnerflow.support;

import java.util.concurrent.atomic.AtomicInteger;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.PartnerCategory;

/** Candidates with unique names and domains, so tests sharing one database never collide. */
public final class TestPartners {

	private static final AtomicInteger counter = new AtomicInteger();

	private TestPartners() {
	}

	/** A plausible reseller with a company name and e-mail domain no other test uses. */
	public static CandidateData candidate(String name) {
		String unique = name + "-" + System.nanoTime() + "-" + counter.incrementAndGet();
		return new CandidateData(unique, "FR", "Retail", PartnerCategory.RESELLER, "Jeanne Martin",
				"jeanne@" + unique.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example", "https://" + unique + ".example",
				2_500_000L, 6, 4, 3);
	}

}
