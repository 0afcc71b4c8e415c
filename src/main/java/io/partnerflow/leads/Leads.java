package io.partnerflow.leads;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.onboarding.PlanLeadFacts;
import io.partnerflow.partner.Markets;
import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static io.partnerflow.leads.LeadProcess.*;

/**
 * The leads as the lead cell records and follows them, and what the model's steps do to them: the
 * only writer of a lead's state with {@link PartnerLeads} (what the partner does). Each lead runs its
 * {@code lead-distribution} process under its own reference; what happens between a lead and a partner
 * goes to that partner's timeline.
 */
@Service
@Transactional
@EnableConfigurationProperties(LeadSettings.class)
public class Leads {

	/** How many of the eligible partners the confirmation form offers, best first. */
	static final int CHOICES = 30;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final LeadRepository leads;

	private final LeadOfferRepository offers;

	private final LeadReferences references;

	private final LeadRouting routing;

	private final Markets markets;

	private final PartnerService partners;

	private final PlanLeadFacts planFacts;

	private final RuntimeService runtime;

	private final LeadSettings settings;

	private final Clock clock;

	Leads(LeadRepository leads, LeadOfferRepository offers, LeadReferences references, LeadRouting routing, Markets markets,
			PartnerService partners, PlanLeadFacts planFacts, RuntimeService runtime, LeadSettings settings, Clock clock) {
		this.planFacts = planFacts;
		this.leads = leads;
		this.offers = offers;
		this.references = references;
		this.routing = routing;
		this.markets = markets;
		this.partners = partners;
		this.runtime = runtime;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records a lead and starts its distribution, or refuses it: its market must be one of the markets
	 * offered ({@link Markets#canonical}, else 400 on {@code market}), as a candidate's is.
	 */
	public Lead record(LeadRequest request, String actor) {
		String market = markets.canonical(request.market());
		Instant now = Instant.now(clock);
		Lead lead = leads.saveAndFlush(new Lead(references.next(now), request, market, now, actor));
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_LEAD_ID, lead.getId());
		variables.put(VAR_COMPANY, lead.getCustomerCompany());
		variables.put(VAR_CUSTOMER, lead.getCustomerCompany());
		variables.put(VAR_REFERENCE, lead.getReference());
		variables.put(VAR_CUSTOMER_COUNTRY, lead.getCustomerCountry());
		variables.put(VAR_PROJECT, lead.getProject());
		variables.put(VAR_MARKET, lead.getMarket());
		variables.put(VAR_CATEGORY, lead.getCategory().label());
		variables.put(VAR_ESTIMATED_VALUE, lead.getEstimatedValue().toPlainString());
		variables.put(VAR_SOURCE, lead.getSource());
		lead.started(runtime.startProcessInstanceByKey(KEY, lead.getReference(), variables).getId());
		return lead;
	}

	@Transactional(readOnly = true)
	public Lead get(String reference) {
		return leads.findByReference(reference).orElseThrow(() -> new LeadNotFoundException(reference));
	}

	/** The leads in these statuses (all when empty), newest first. */
	@Transactional(readOnly = true)
	public Page<Lead> list(List<LeadStatus> statuses, int page, int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "recordedAt", "id"));
		return statuses.isEmpty() ? leads.findAll(request) : leads.findByStatusIn(statuses, request);
	}

	/** The leads offered to one partner, newest first. */
	@Transactional(readOnly = true)
	public List<Lead> offeredTo(String partnerReference) {
		partners.get(partnerReference);
		return leads.findOfferedTo(partnerReference);
	}

	/** Every offer of the lead, in the order they were made. */
	@Transactional(readOnly = true)
	public List<LeadOffer> offers(Lead lead) {
		return offers.findByLead(lead.getId());
	}

	/**
	 * Why the lead cannot go to this partner now, in words the lead cell reads; empty when it can (the
	 * confirmation form's rule).
	 */
	@Transactional(readOnly = true)
	public Optional<String> refusal(long leadId, String partnerReference) {
		Lead lead = lead(leadId);
		return routing.candidate(lead, partnerReference).isPresent() ? Optional.empty()
				: Optional.of(routing.whyNot(lead, partnerReference));
	}

	// what the model's steps do

	/**
	 * Ranks the partners the lead may go to: the best is proposed (the form's choice until the cell picks
	 * another), the 30 best are the form's choices; none left sends the lead back to the cell.
	 */
	Map<String, Object> propose(long leadId) {
		Lead lead = lead(leadId);
		if (lead.getStatus() != LeadStatus.ROUTING) {
			lead.routing();
		}
		LeadRouting.Ranking ranking = routing.rank(lead);
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_PARTNER_PROPOSED, ranking.best().isPresent());
		ranking.best().ifPresentOrElse(best -> {
			variables.put(VAR_ASSIGNED_PARTNER, best.reference());
			variables.put(VAR_PROPOSED_PARTNER, best.reference());
			variables.put(VAR_PROPOSAL, "%s (%s): score %d, %s (%s). %d partner%s eligible.".formatted(best.company(),
					best.reference(), best.score(), best.reason(), ranking.table(), ranking.eligible().size(),
					ranking.eligible().size() == 1 ? " is" : "s are"));
			variables.put(VAR_ELIGIBLE_PARTNERS, SpinValues.jsonValue(choices(ranking)).create());
			variables.put(VAR_CONFIRM_DUE_AT, Date.from(Instant.now(clock).plus(settings.confirmWithin())));
		}, () -> variables.put(VAR_RETURN_REASON, "No partner is left to offer it to: %d had it, no other signed "
			.formatted(offers.findByLead(leadId).size()) + "partner is eligible (%s)".formatted(ranking.table())));
		return variables;
	}

	private static String choices(LeadRouting.Ranking ranking) {
		List<Map<String, String>> choices = ranking.eligible()
			.stream()
			.limit(CHOICES)
			.map(candidate -> Map.of("label", candidate.label(), "value", candidate.reference()))
			.toList();
		try {
			return JSON.writeValueAsString(choices);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** The lead goes to the partner the cell confirmed: it has until {@code respondBy} to accept it. */
	Map<String, Object> offer(long leadId, String partnerReference, String proposedPartner, String actor) {
		Lead lead = lead(leadId);
		Instant now = Instant.now(clock);
		LeadOffer offer = offers.findByLeadAndPartner(leadId, partnerReference).orElseGet(() -> {
			Optional<LeadRouting.Candidate> candidate = routing.candidate(lead, partnerReference);
			return offers.save(new LeadOffer(leadId, partnerReference, candidate.map(LeadRouting.Candidate::score).orElse(0),
					candidate.map(LeadRouting.Candidate::reason).orElse("picked by the lead cell"),
					partnerReference.equals(proposedPartner), actor, now, now.plus(settings.acceptWithin())));
		});
		lead.offered(partnerReference);
		planFacts.leadsChanged(partnerReference);
		partners.record(partnerReference, actor, "LEAD_OFFERED", "Lead %s offered: %s (%s), %s, %s EUR; to accept by %s"
			.formatted(lead.getReference(), lead.getCustomerCompany(), lead.getCustomerCountry(), lead.getProject(),
					lead.getEstimatedValue().toPlainString(), offer.getRespondBy()));
		return Map.of(VAR_PARTNER_REFERENCE, partnerReference, VAR_PARTNER_COMPANY,
				partners.get(partnerReference).getCompany(), VAR_RESPOND_BY, Date.from(offer.getRespondBy()));
	}

	/** The partner let the acceptance window pass: the lead goes to the next partner. */
	void lapse(long leadId) {
		Lead lead = lead(leadId);
		heldOffer(lead).ifPresent(offer -> {
			offer.ended(OfferOutcome.LAPSED, Instant.now(clock));
			planFacts.leadsChanged(offer.getPartnerReference());
			partners.record(offer.getPartnerReference(), PartnerService.SYSTEM_ACTOR, "LEAD_LAPSED",
					"Lead %s not accepted by %s: offered to another partner".formatted(lead.getReference(),
							offer.getRespondBy()));
		});
		lead.routing();
	}

	/** The partner gave no news in time: a reminder, and the next silence takes the lead back. */
	Map<String, Object> remind(long leadId) {
		Lead lead = lead(leadId);
		Instant now = Instant.now(clock);
		lead.reminded(now, now.plus(settings.updateEvery()));
		partners.record(lead.getPartnerReference(), PartnerService.SYSTEM_ACTOR, "LEAD_REMINDED",
				"Lead %s: no news by %s, partner reminded; taken back without news by %s".formatted(lead.getReference(),
						now, lead.getNextUpdateDueAt()));
		return Map.of(VAR_UPDATE_DUE_AT, Date.from(lead.getNextUpdateDueAt()), VAR_PARTNER_REMINDED, true);
	}

	/** A second silence: the lead is taken back from its partner, and goes back to the cell. */
	Map<String, Object> takeBack(long leadId) {
		Lead lead = lead(leadId);
		String partner = lead.getPartnerReference();
		Instant since = lead.getLastUpdateAt() != null ? lead.getLastUpdateAt() : lead.getAcceptedAt();
		heldOffer(lead).ifPresent(offer -> {
			offer.ended(OfferOutcome.TAKEN_BACK, Instant.now(clock));
			planFacts.leadsChanged(partner);
			partners.record(partner, PartnerService.SYSTEM_ACTOR, "LEAD_TAKEN_BACK",
					"Lead %s taken back: no news since %s, a reminder included".formatted(lead.getReference(), since));
		});
		lead.routing();
		return Map.of(VAR_RETURN_REASON, "Taken back from %s (%s): no news since %s, a reminder included"
			.formatted(partner == null ? "its partner" : partners.get(partner).getCompany(), partner, since));
	}

	/** The lead is back in the cell, which decides what becomes of it. */
	Map<String, Object> returnToCell(long leadId) {
		lead(leadId).returned();
		return Map.of(VAR_DECIDE_DUE_AT, Date.from(Instant.now(clock).plus(settings.decideWithin())));
	}

	/** The cell closes the lead: no partner will have it. */
	void close(long leadId, String note, String actor) {
		Lead lead = lead(leadId);
		if (!lead.getStatus().isFinal()) {
			lead.closed(Instant.now(clock), note);
		}
	}

	/** Pre-sales helped the partner shape its offer: its timeline says what was done. */
	void presalesGiven(long leadId, String summary, String actor) {
		Lead lead = lead(leadId);
		lead.presalesGiven();
		if (lead.getPartnerReference() != null) {
			partners.record(lead.getPartnerReference(), actor, "PRESALES_GIVEN",
					"Pre-sales help on lead %s (%s): %s".formatted(lead.getReference(), lead.getCustomerCompany(), summary));
		}
	}

	private Optional<LeadOffer> heldOffer(Lead lead) {
		return lead.getPartnerReference() == null ? Optional.empty()
				: offers.findByLeadAndPartner(lead.getId(), lead.getPartnerReference())
					.filter(offer -> offer.getOutcome().holdsLead());
	}

	private Lead lead(long leadId) {
		return leads.findById(leadId).orElseThrow(() -> new LeadNotFoundException("#" + leadId));
	}

}
