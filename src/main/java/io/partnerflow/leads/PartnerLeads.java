package io.partnerflow.leads;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.partnerflow.dealregistration.DealRegistration;
import io.partnerflow.dealregistration.DealRegistrationRequest;
import io.partnerflow.dealregistration.DealRegistrationStatus;
import io.partnerflow.dealregistration.DealRegistrations;
import io.partnerflow.onboarding.PlanLeadFacts;
import io.partnerflow.partner.LookalikeKeys;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.BadRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.partnerflow.leads.LeadConflictException.Reason.*;
import static io.partnerflow.leads.LeadProcess.*;

/**
 * One partner's own leads, read and acted on by the partner's reference (the portal's login gives it;
 * a partner API would give it the same way): the leads offered to it, accepting or declining one, the
 * progress of one it follows (an offer made registers the project as its deal registration, so the
 * first partner to bring the project is served), winning it through that registration once approved
 * (the deal is then recorded as every won registration is), losing it with a reason, and asking
 * pre-sales for help. A lead the partner never had is unknown to it (404); an action the lead's state
 * does not allow is a 409. Each action is recorded and tells the lead's process in one transaction.
 */
@Service
public class PartnerLeads {

	/** The longest text a partner writes on a lead (a reason, a request for help). */
	public static final int MAX_TEXT = 2000;

	private final LeadRepository leads;

	private final LeadOfferRepository offers;

	private final DealRegistrations registrations;

	private final PartnerService partners;

	private final PlanLeadFacts planFacts;

	private final RuntimeService runtime;

	private final TransactionTemplate transaction;

	private final LeadSettings settings;

	private final Clock clock;

	PartnerLeads(LeadRepository leads, LeadOfferRepository offers, DealRegistrations registrations, PartnerService partners,
			PlanLeadFacts planFacts, RuntimeService runtime, PlatformTransactionManager transactions, LeadSettings settings,
			Clock clock) {
		this.planFacts = planFacts;
		this.leads = leads;
		this.offers = offers;
		this.registrations = registrations;
		this.partners = partners;
		this.runtime = runtime;
		this.transaction = new TransactionTemplate(transactions);
		this.settings = settings;
		this.clock = clock;
	}

	/** The leads offered to the partner, newest first, as it sees them. */
	public List<PartnerLead> of(String partnerReference) {
		return inTransaction(() -> {
			partners.get(partnerReference);
			return leads.findOfferedTo(partnerReference).stream().map(lead -> view(lead, partnerReference)).toList();
		});
	}

	/** One lead offered to the partner; 404 when it never was. */
	public PartnerLead get(String partnerReference, String leadReference) {
		return inTransaction(() -> view(offeredTo(partnerReference, leadReference), partnerReference));
	}

	/** The partner takes the lead: from now on it reports its progress every {@code update-every}. */
	public void accept(String partnerReference, String leadReference, String actor) {
		act(() -> {
			Lead lead = toAnswer(partnerReference, leadReference);
			Instant now = Instant.now(clock);
			Instant due = now.plus(settings.updateEvery());
			offer(lead, partnerReference).accepted(now);
			lead.accepted(now, due);
			partners.record(partnerReference, actor, "LEAD_ACCEPTED", "Lead %s accepted: %s, %s; news due by %s"
				.formatted(lead.getReference(), lead.getCustomerCompany(), lead.getProject(), due));
			correlate(lead, MESSAGE_ACCEPTED, Map.of(VAR_UPDATE_DUE_AT, Date.from(due), VAR_PARTNER_REMINDED, false));
		});
	}

	/** The partner does not take the lead (a reason, optional): it goes to the next partner. */
	public void decline(String partnerReference, String leadReference, String reason, String actor) {
		act(() -> {
			Lead lead = toAnswer(partnerReference, leadReference);
			String why = text("reason", reason, false);
			offer(lead, partnerReference).declined(Instant.now(clock), why);
			lead.routing();
			partners.record(partnerReference, actor, "LEAD_DECLINED", "Lead %s declined%s".formatted(lead.getReference(),
					why == null ? "" : ": " + why));
			correlate(lead, MESSAGE_DECLINED, Map.of());
		});
	}

	/** The partner contacted the customer: its next report is due {@code update-every} from now. */
	public void contacted(String partnerReference, String leadReference, String actor) {
		act(() -> progress(following(partnerReference, leadReference), LeadProgress.CONTACTED, actor,
				"customer contacted"));
	}

	/**
	 * The partner made the customer an offer: the project is registered as the partner's deal
	 * registration (or the one it holds for it already is linked), under that path's rules: a close date
	 * in the past is a 400, a project another partner registered first a 409.
	 */
	public void offerMade(String partnerReference, String leadReference, BigDecimal offerValue, LocalDate expectedCloseOn,
			String actor) {
		Lead checked = inTransaction(() -> following(partnerReference, leadReference));
		// registered in a transaction of its own (first to register is served), then linked to the lead
		DealRegistration registration = openRegistrationOf(partnerReference, checked).orElseGet(() -> registrations
			.register(partnerReference, new DealRegistrationRequest(checked.getCustomerCompany(), checked.getProject(),
					offerValue, expectedCloseOn), actor));
		act(() -> {
			Lead lead = following(partnerReference, leadReference);
			lead.registered(registration.getId());
			progress(lead, LeadProgress.OFFER_MADE, actor, "offer made, %s EUR, closing %s, deal registration %d"
				.formatted(offerValue.toPlainString(), expectedCloseOn, registration.getId()));
		});
	}

	/**
	 * The partner won the lead: its deal registration wins (recorded as the partner's deal by the
	 * registration's process, as every won registration is: the first deal of the plan, the tier, the KPIs).
	 * 409 unless the registration is approved; a signing day in the future or before the contract 400.
	 */
	public void won(String partnerReference, String leadReference, BigDecimal amount, LocalDate signedOn, String actor) {
		act(() -> {
			Lead lead = following(partnerReference, leadReference);
			DealRegistration registration = registrationToWin(partnerReference, lead);
			registrations.win(partnerReference, registration.getId(), amount, signedOn, actor);
			Instant now = Instant.now(clock);
			offer(lead, partnerReference).ended(OfferOutcome.WON, now);
			lead.won(now, amount, signedOn);
			partners.record(partnerReference, actor, "LEAD_WON", "Lead %s won: %s, %s EUR, signed on %s (deal registration %d)"
				.formatted(lead.getReference(), lead.getCustomerCompany(), amount.toPlainString(), signedOn,
						registration.getId()));
			correlate(lead, MESSAGE_WON, Map.of());
		});
	}

	/** The partner lost the lead (the reason is required); its approved registration, if any, is lost too. */
	public void lost(String partnerReference, String leadReference, String reason, String actor) {
		String why = text("reason", reason, true);
		act(() -> {
			Lead lead = following(partnerReference, leadReference);
			if (lead.getDealRegistrationId() != null && registrations.get(partnerReference, lead.getDealRegistrationId())
				.getStatus() == DealRegistrationStatus.APPROVED) {
				registrations.lose(partnerReference, lead.getDealRegistrationId(), actor);
			}
			Instant now = Instant.now(clock);
			offer(lead, partnerReference).ended(OfferOutcome.LOST, now);
			lead.lost(now, why);
			partners.record(partnerReference, actor, "LEAD_LOST", "Lead %s lost: %s".formatted(lead.getReference(), why));
			correlate(lead, MESSAGE_LOST, Map.of());
		});
	}

	/**
	 * The partner found the lead but cannot shape the offer: pre-sales gets a task, due
	 * {@code presales-within}. One request at a time: 409 while one is open.
	 */
	public void askPresales(String partnerReference, String leadReference, String request, String actor) {
		String what = text("request", request, true);
		act(() -> {
			Lead lead = following(partnerReference, leadReference);
			if (lead.getPresalesAskedAt() != null) {
				throw new LeadConflictException(PRESALES_OPEN, "Pre-sales help asked already",
						"Pre-sales are on it since %s: one request at a time".formatted(lead.getPresalesAskedAt()));
			}
			Instant now = Instant.now(clock);
			lead.presalesAsked(now, what);
			partners.record(partnerReference, actor, "PRESALES_ASKED", "Pre-sales help asked on lead %s: %s"
				.formatted(lead.getReference(), what));
			correlate(lead, MESSAGE_PRESALES_ASKED, Map.of(VAR_PRESALES_REQUEST, what, VAR_PRESALES_DUE_AT,
					Date.from(now.plus(settings.presalesWithin())), VAR_PARTNER_REFERENCE, partnerReference,
					VAR_PARTNER_COMPANY, partners.get(partnerReference).getCompany()));
		});
	}

	// the rules

	private void progress(Lead lead, LeadProgress progress, String actor, String what) {
		Instant now = Instant.now(clock);
		Instant due = now.plus(settings.updateEvery());
		lead.progressed(progress, now, due);
		partners.record(lead.getPartnerReference(), actor, "LEAD_PROGRESS", "Lead %s: %s; next news due by %s"
			.formatted(lead.getReference(), what, due));
		correlate(lead, MESSAGE_STATUS_UPDATED, Map.of(VAR_UPDATE_DUE_AT, Date.from(due), VAR_PARTNER_REMINDED, false));
	}

	private Optional<DealRegistration> openRegistrationOf(String partnerReference, Lead lead) {
		String key = projectKey(lead.getCustomerCompany(), lead.getProject());
		return registrations.list(partnerReference)
			.stream()
			.filter(registration -> registration.getStatus().isOpen())
			.filter(registration -> projectKey(registration.getCustomer(), registration.getProject()).equals(key))
			.findFirst();
	}

	private static String projectKey(String customer, String project) {
		return LookalikeKeys.companyKey(customer) + "/" + LookalikeKeys.companyKey(project);
	}

	private DealRegistration registrationToWin(String partnerReference, Lead lead) {
		if (lead.getDealRegistrationId() == null) {
			throw new LeadConflictException(NO_OFFER_REPORTED, "No offer reported", "Report the offer made on lead %s "
				.formatted(lead.getReference()) + "first: it registers the deal, won once your channel manager approved it");
		}
		DealRegistration registration = registrations.get(partnerReference, lead.getDealRegistrationId());
		if (registration.getStatus() == DealRegistrationStatus.SUBMITTED) {
			throw new LeadConflictException(REGISTRATION_UNDER_REVIEW, "Registration under review",
					"The deal registration of lead %s is under review: the lead is won once it is approved"
						.formatted(lead.getReference()));
		}
		if (registration.getStatus() != DealRegistrationStatus.APPROVED) {
			throw new LeadConflictException(REGISTRATION_CLOSED, "Registration closed",
					"The deal registration of lead %s is %s: report the offer again to register the deal anew"
						.formatted(lead.getReference(), registration.getStatus()));
		}
		return registration;
	}

	private Lead offeredTo(String partnerReference, String leadReference) {
		partners.get(partnerReference);
		Lead lead = leads.findByReference(leadReference).orElseThrow(() -> new LeadNotFoundException(leadReference));
		if (offers.findByLeadAndPartner(lead.getId(), partnerReference).isEmpty()) {
			throw new LeadNotFoundException(leadReference);
		}
		return lead;
	}

	/** The lead offered to the partner and not answered yet. */
	private Lead toAnswer(String partnerReference, String leadReference) {
		Lead lead = offeredTo(partnerReference, leadReference);
		if (offer(lead, partnerReference).getOutcome() != OfferOutcome.OPEN || lead.getStatus() != LeadStatus.OFFERED) {
			throw new LeadConflictException(NOT_OFFERED, "Lead not offered to you now",
					"Lead %s is not waiting for your answer: it was %s".formatted(leadReference,
							words(offer(lead, partnerReference).getOutcome())));
		}
		return lead;
	}

	/** The lead the partner accepted and follows now. */
	private Lead following(String partnerReference, String leadReference) {
		Lead lead = offeredTo(partnerReference, leadReference);
		if (offer(lead, partnerReference).getOutcome() != OfferOutcome.ACCEPTED || lead.getStatus() != LeadStatus.ACCEPTED) {
			throw new LeadConflictException(NOT_FOLLOWED, "Lead not followed by you",
					"Lead %s is not one you follow now: it was %s".formatted(leadReference,
							words(offer(lead, partnerReference).getOutcome())));
		}
		return lead;
	}

	/** The partner the lead's latest offer went to (a decline leaves the lead with none). */
	private String offerHolder(Lead lead) {
		List<LeadOffer> made = offers.findByLead(lead.getId());
		return made.get(made.size() - 1).getPartnerReference();
	}

	private LeadOffer offer(Lead lead, String partnerReference) {
		return offers.findByLeadAndPartner(lead.getId(), partnerReference).orElseThrow();
	}

	private static String words(OfferOutcome outcome) {
		return switch (outcome) {
			case OPEN -> "offered to you";
			case ACCEPTED -> "accepted";
			case DECLINED -> "declined";
			case LAPSED -> "not accepted in time";
			case TAKEN_BACK -> "taken back";
			case WON -> "won";
			case LOST -> "lost";
			case WITHDRAWN -> "withdrawn";
		};
	}

	private PartnerLead view(Lead lead, String partnerReference) {
		LeadOffer offer = offer(lead, partnerReference);
		boolean ours = partnerReference.equals(lead.getPartnerReference());
		DealRegistrationStatus registration = ours && lead.getDealRegistrationId() != null
				? registrations.get(partnerReference, lead.getDealRegistrationId()).getStatus() : null;
		return new PartnerLead(lead.getReference(), lead.getCustomerCompany(), lead.getCustomerCountry(), lead.getProject(),
				lead.getMarket(), lead.getCategory(), lead.getEstimatedValue(), lead.getSource(), offer.getOfferedAt(),
				offer.getRespondBy(), offer.getOutcome(), ours ? lead.getProgress() : null,
				ours && offer.getOutcome() == OfferOutcome.ACCEPTED ? lead.getNextUpdateDueAt() : null,
				ours ? lead.getDealRegistrationId() : null, registration, ours && lead.getPresalesAskedAt() != null,
				ours ? lead.getWonAmount() : null, ours ? lead.getWonSignedOn() : null, ours ? lead.getLostReason() : null);
	}

	private void correlate(Lead lead, String message, Map<String, Object> variables) {
		if (!MESSAGE_STATUS_UPDATED.equals(message) && !MESSAGE_PRESALES_ASKED.equals(message)) {
			planFacts.leadsChanged(offerHolder(lead));
		}
		runtime.createMessageCorrelation(message)
			.processInstanceId(lead.getProcessInstanceId())
			.setVariables(variables)
			.correlate();
	}

	/**
	 * Records the partner's action and tells the lead's process, in one transaction; the process moving on
	 * at the same moment (a timer, another click) refuses it with a 409, and nothing is recorded.
	 */
	private void act(Runnable action) {
		try {
			transaction.executeWithoutResult(status -> action.run());
		}
		catch (MismatchingMessageCorrelationException | OptimisticLockingException
				| ObjectOptimisticLockingFailureException concurrent) {
			throw new LeadConflictException(MOVING_ON, "Lead moving on", "The lead changed at this moment; nothing was recorded. "
					+ "Look at it again and repeat what you meant to do.");
		}
	}

	private <T> T inTransaction(Supplier<T> read) {
		return transaction.execute(status -> read.get());
	}

	/** A text the partner wrote: stripped, at most 2,000 characters, no control characters; blank is null. */
	private static String text(String field, String value, boolean required) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text == null && required) {
			throw new BadRequestException(field, "must not be blank");
		}
		if (text != null && text.length() > MAX_TEXT) {
			throw new BadRequestException(field, "must be at most %d characters".formatted(MAX_TEXT));
		}
		if (text != null && text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw new BadRequestException(field, "must not contain control characters");
		}
		return text;
	}

}
