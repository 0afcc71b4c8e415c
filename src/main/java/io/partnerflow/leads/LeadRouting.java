package io.partnerflow.leads;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.partnerflow.onboarding.OnboardingCalendar;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import org.springframework.stereotype.Component;

/**
 * Who a lead may go to, best first. PartnerFlow gathers the candidates: the signed partners whose
 * contract runs (signed, in their plan, active; not those under exit review), less every partner the
 * lead was offered to before (it declined, kept silent or had it taken back: a lead never goes back).
 * The decision table {@code lead-routing} scores each from its facts ({@link LeadRoutingTable}): its
 * category against the one the lead needs, the customer's country against the partner's (the
 * territory), its market against the lead's, its tier, the leads it holds now (its capacity) and
 * whether it is a new partner in its 100 days. The eligible ones are ranked by score, then fewer leads
 * held, then reference.
 */
@Component
class LeadRouting {

	/** The partners whose contract runs and who are not under exit review. */
	static final List<PartnerStatus> RUNNING = List.of(PartnerStatus.CONTRACT_SIGNED, PartnerStatus.ONBOARDING,
			PartnerStatus.ACTIVE);

	private static final Set<PartnerStatus> IN_PLAN = EnumSet.of(PartnerStatus.CONTRACT_SIGNED, PartnerStatus.ONBOARDING);

	private static final int BATCH = 500;

	/** One partner the lead may go to, with the table's verdict. */
	record Candidate(String reference, String company, String tier, int openLeads, boolean newPartner, int score,
			String reason) {

		/** As the confirmation form offers it. */
		String label() {
			return "%s (%s): %d, %s; %d lead%s held".formatted(company, reference, score, reason, openLeads,
					openLeads == 1 ? "" : "s");
		}

	}

	/** The eligible partners, best first, and the table's version that scored them. */
	record Ranking(String table, List<Candidate> eligible) {

		Optional<Candidate> best() {
			return eligible.stream().findFirst();
		}

		Optional<Candidate> of(String reference) {
			return eligible.stream().filter(candidate -> candidate.reference().equals(reference)).findFirst();
		}

	}

	private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::score)
		.reversed()
		.thenComparingInt(Candidate::openLeads)
		.thenComparing(Candidate::reference);

	private final PartnerService partners;

	private final LeadOfferRepository offers;

	private final LeadRoutingTable table;

	private final OnboardingCalendar calendar;

	private final Clock clock;

	LeadRouting(PartnerService partners, LeadOfferRepository offers, LeadRoutingTable table, OnboardingCalendar calendar,
			Clock clock) {
		this.partners = partners;
		this.offers = offers;
		this.table = table;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The partners the lead may go to now, best first. */
	Ranking rank(Lead lead) {
		Set<String> hadIt = offers.findByLead(lead.getId())
			.stream()
			.map(LeadOffer::getPartnerReference)
			.collect(Collectors.toSet());
		Map<String, Long> held = held();
		LeadRoutingTable.Table version = table.latest();
		Instant now = Instant.now(clock);
		List<Candidate> eligible = new ArrayList<>();
		long after = 0;
		for (List<Partner> batch = partners.inStatusAfter(RUNNING, after, BATCH); !batch.isEmpty();
				batch = partners.inStatusAfter(RUNNING, after, BATCH)) {
			for (Partner partner : batch) {
				if (!hadIt.contains(partner.getReference())) {
					Candidate candidate = score(version, lead, partner, held, now);
					if (candidate != null) {
						eligible.add(candidate);
					}
				}
			}
			after = batch.get(batch.size() - 1).getId();
		}
		eligible.sort(BEST_FIRST);
		return new Ranking(version.name(), List.copyOf(eligible));
	}

	/** The partner as a candidate for the lead now, if it may have it. */
	Optional<Candidate> candidate(Lead lead, String reference) {
		return Optional.ofNullable(candidateOrWhy(lead, reference).candidate());
	}

	/** Why the partner may not have the lead now. */
	String whyNot(Lead lead, String reference) {
		return candidateOrWhy(lead, reference).whyNot();
	}

	private record Verdict(Candidate candidate, String whyNot) {
	}

	private Verdict candidateOrWhy(Lead lead, String reference) {
		Optional<Partner> partner = find(reference);
		if (partner.isEmpty()) {
			return new Verdict(null, "%s is no partner's reference".formatted(reference));
		}
		String named = "%s (%s)".formatted(partner.get().getCompany(), reference);
		if (offers.findByLeadAndPartner(lead.getId(), reference).isPresent()) {
			return new Verdict(null, named + " had this lead already: it never goes back to a partner");
		}
		if (!RUNNING.contains(partner.get().getStatus())) {
			return new Verdict(null, "%s is %s: leads go to partners whose contract runs".formatted(named,
					partner.get().getStatus()));
		}
		LeadRoutingTable.Table version = table.latest();
		Map<String, Long> held = held();
		Instant now = Instant.now(clock);
		int openLeads = held.getOrDefault(reference, 0L).intValue();
		LeadRoutingTable.Score verdict = table.score(version, inputs(lead, partner.get(), openLeads, now));
		return verdict.eligible()
				? new Verdict(new Candidate(reference, partner.get().getCompany(), partner.get().getTier(), openLeads,
						isNew(partner.get(), now), verdict.score(), verdict.reason()), null)
				: new Verdict(null, "%s is not eligible: %s (%s)".formatted(named, verdict.reason(), version.name()));
	}

	private Optional<Partner> find(String reference) {
		return reference == null || reference.isBlank() ? Optional.empty() : partners.find(reference);
	}

	private LeadRoutingTable.Inputs inputs(Lead lead, Partner partner, int openLeads, Instant now) {
		return new LeadRoutingTable.Inputs(partner.getCategory() == lead.getCategory(),
				lead.getCustomerCountry().equals(partner.getCountry()), lead.getMarket().equals(partner.getMarket()),
				partner.getTier(), openLeads, isNew(partner, now));
	}

	/** The partner as a candidate for the lead, or null when the table finds it not eligible. */
	private Candidate score(LeadRoutingTable.Table version, Lead lead, Partner partner, Map<String, Long> held,
			Instant now) {
		int openLeads = held.getOrDefault(partner.getReference(), 0L).intValue();
		LeadRoutingTable.Score verdict = table.score(version, inputs(lead, partner, openLeads, now));
		return verdict.eligible() ? new Candidate(partner.getReference(), partner.getCompany(), partner.getTier(),
				openLeads, isNew(partner, now), verdict.score(), verdict.reason()) : null;
	}

	/** A new partner: its contract signed, before the end of its 100-day plan. */
	boolean isNew(Partner partner, Instant now) {
		return IN_PLAN.contains(partner.getStatus()) && partner.getContractSignedAt() != null
				&& now.isBefore(calendar.dayHundred(Date.from(partner.getContractSignedAt())).toInstant());
	}

	/** The leads each partner holds now: offered to it and not answered, or accepted and still followed. */
	private Map<String, Long> held() {
		Map<String, Long> held = new HashMap<>();
		for (Object[] row : offers.countHeld(EnumSet.of(OfferOutcome.OPEN, OfferOutcome.ACCEPTED))) {
			held.put((String) row[0], ((Number) row[1]).longValue());
		}
		return held;
	}

}
