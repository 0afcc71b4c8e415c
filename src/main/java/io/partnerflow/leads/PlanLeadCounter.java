package io.partnerflow.leads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.partnerflow.onboarding.PlanLeads;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leads passed to a partner in a period, for its 100-day plan ({@link PlanLeads}): the leads offered
 * to it, those it accepted (whatever became of them since) and those it won.
 */
@Component
class PlanLeadCounter implements PlanLeads {

	private final LeadOfferRepository offers;

	private final LeadRepository leads;

	PlanLeadCounter(LeadOfferRepository offers, LeadRepository leads) {
		this.offers = offers;
		this.leads = leads;
	}

	@Override
	@Transactional(readOnly = true)
	public Passed passedTo(String reference, Instant from, Instant to) {
		List<LeadOffer> offered = offers.findOfferedBetween(reference, from, to);
		List<String> lines = new ArrayList<>();
		for (LeadOffer offer : offered) {
			leads.findById(offer.getLeadId()).ifPresent(lead -> lines.add("%s %s, %s: %s".formatted(lead.getReference(),
					lead.getCustomerCompany(), lead.getProject(), offer.getOutcome().name().toLowerCase(Locale.ROOT)
						.replace('_', ' '))));
		}
		return new Passed(offered.size(), (int) offered.stream().filter(offer -> offer.getOutcome().accepted()).count(),
				(int) offered.stream().filter(offer -> offer.getOutcome() == OfferOutcome.WON).count(), lines);
	}

}
