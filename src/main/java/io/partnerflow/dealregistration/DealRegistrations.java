package io.partnerflow.dealregistration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.deals.DealService;
import io.partnerflow.partner.LookalikeKeys;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerVariables;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.ConflictException;
import io.partnerflow.system.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.partnerflow.dealregistration.DealRegistrationProcess.*;

/**
 * Deal registrations: the only writer of their state. First to register wins: a registration is
 * refused while another one of the same customer and project is open, and the database's unique
 * index on the open key decides between simultaneous ones, so exactly one is kept. The refusal never
 * names the partner that holds the project. Each registration runs its {@code deal-registration}
 * process, under its partner's reference; what happens to it goes to the partner's timeline.
 */
@Service
public class DealRegistrations {

	private final DealRegistrationRepository registrations;

	private final PartnerService partners;

	private final DealService deals;

	private final RuntimeService runtime;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration reviewWithin;

	private final Duration validFor;

	DealRegistrations(DealRegistrationRepository registrations, PartnerService partners, DealService deals,
			RuntimeService runtime, PlatformTransactionManager transactions, Clock clock,
			@Value("${partnerflow.deal-registration.review-within}") Duration reviewWithin,
			@Value("${partnerflow.deal-registration.valid-for}") Duration validFor) {
		this.registrations = registrations;
		this.partners = partners;
		this.deals = deals;
		this.runtime = runtime;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.reviewWithin = reviewWithin;
		this.validFor = validFor;
	}

	/** The key two registrations of one project share: customer and project, folded as partners' names are. */
	static String projectKey(String customer, String project) {
		return LookalikeKeys.companyKey(customer) + "/" + LookalikeKeys.companyKey(project);
	}

	/** Whether the partner may register opportunities now: its contract is signed and it has not left. */
	public boolean canRegister(Partner partner) {
		return deals.canSignDeals(partner);
	}

	/** Whether an expected close date is refused: it is already past. */
	public boolean closesInThePast(LocalDate expectedCloseOn) {
		return expectedCloseOn.isBefore(LocalDate.now(clock));
	}

	/**
	 * Registers the opportunity for the partner and starts its review, or refuses it: 409 when the
	 * partner cannot sign deals or the project is registered already (by whomever), 400 for a close
	 * date in the past.
	 */
	public DealRegistration register(String reference, DealRegistrationRequest request, String actor) {
		try {
			return transaction.execute(status -> insert(reference, request, actor));
		}
		catch (DataIntegrityViolationException simultaneous) {
			// another registration of the project committed first
			throw alreadyRegistered();
		}
	}

	private DealRegistration insert(String reference, DealRegistrationRequest request, String actor) {
		Partner partner = partners.get(reference);
		if (!canRegister(partner)) {
			throw new ConflictException("No contract running", "Partner %s is %s: opportunities are registered while "
					.formatted(reference, partner.getStatus()) + "the partnership is running");
		}
		if (closesInThePast(request.expectedCloseOn())) {
			throw new BadRequestException("expectedCloseOn", "must not be in the past");
		}
		String customer = request.customer().strip();
		String project = request.project().strip();
		String key = projectKey(customer, project);
		if (registrations.existsByOpenKey(key)) {
			throw alreadyRegistered();
		}
		Instant now = Instant.now(clock);
		DealRegistration registration = registrations.saveAndFlush(new DealRegistration(reference, customer, project,
				key, request.expectedValue(), request.expectedCloseOn(), now, actor));
		Map<String, Object> variables = new HashMap<>(PartnerVariables.of(partner));
		variables.put(VAR_REGISTRATION_ID, registration.getId());
		variables.put(VAR_RECRUITER, partner.getRecruiter());
		variables.put(VAR_REVIEW_DUE_AT, Date.from(now.plus(reviewWithin)));
		variables.putAll(facts(registration));
		registration.started(runtime.startProcessInstanceByKey(KEY, reference, variables).getId());
		partners.record(reference, actor, "DEAL_REGISTERED", "Opportunity registered: %s, %s, %s EUR, closing %s"
			.formatted(customer, project, request.expectedValue().toPlainString(), request.expectedCloseOn()));
		return registration;
	}

	private static ConflictException alreadyRegistered() {
		return new ProjectAlreadyRegisteredException();
	}

	/** The partner's registrations, newest first. */
	public List<DealRegistration> list(String reference) {
		partners.get(reference);
		return registrations.findByPartnerReferenceOrderByRegisteredAtDescIdDesc(reference);
	}

	/** The partner's registration {@code id}; 404 when it has none of this id (another partner's included). */
	public DealRegistration get(String reference, long id) {
		return registrations.findById(id)
			.filter(registration -> registration.getPartnerReference().equals(reference))
			.orElseThrow(() -> new NotFoundException("No such deal registration",
					"Partner %s has no deal registration %d".formatted(reference, id)));
	}

	/** The approved registration progresses: new figures, and its validity starts again. */
	public void update(String reference, long id, BigDecimal expectedValue, LocalDate expectedCloseOn, String actor) {
		DealRegistration registration = approved(reference, id);
		if (closesInThePast(expectedCloseOn)) {
			throw new BadRequestException("expectedCloseOn", "must not be in the past");
		}
		correlate(registration, MESSAGE_UPDATED, Map.of(VAR_EXPECTED_VALUE, expectedValue.toPlainString(),
				VAR_EXPECTED_CLOSE_ON, expectedCloseOn.toString(), VAR_ACTOR, actor));
	}

	/** The approved registration is won: recorded as the partner's deal. */
	public void win(String reference, long id, BigDecimal amount, LocalDate signedOn, String actor) {
		DealRegistration registration = approved(reference, id);
		deals.refusal(partners.get(reference), signedOn).ifPresent(refused -> {
			throw new BadRequestException("signedOn", refused.message());
		});
		correlate(registration, MESSAGE_WON, Map.of(VAR_WON_AMOUNT, amount.toPlainString(), VAR_WON_SIGNED_ON,
				signedOn.toString(), VAR_ACTOR, actor));
	}

	/** The approved registration is lost to a competitor or abandoned. */
	public void lose(String reference, long id, String actor) {
		correlate(approved(reference, id), MESSAGE_LOST, Map.of(VAR_ACTOR, actor));
	}

	private DealRegistration approved(String reference, long id) {
		DealRegistration registration = get(reference, id);
		if (registration.getStatus() != DealRegistrationStatus.APPROVED) {
			throw new ConflictException("Registration not approved", "Deal registration %d is %s: only an approved "
				.formatted(id, registration.getStatus()) + "registration is updated, won or lost");
		}
		return registration;
	}

	private void correlate(DealRegistration registration, String message, Map<String, Object> variables) {
		runtime.createMessageCorrelation(message)
			.processInstanceId(registration.getProcessInstanceId())
			.setVariables(variables)
			.correlate();
	}

	// what the process's steps do

	/** The reviewer approved: the registration holds the project until it expires, unless it progresses. */
	Map<String, Object> approve(long id, String actor) {
		DealRegistration registration = open(id);
		Instant now = Instant.now(clock);
		if (registration.getStatus() == DealRegistrationStatus.SUBMITTED) {
			registration.approve(now, now.plus(validFor));
			partners.record(registration.getPartnerReference(), actor, "DEAL_REGISTRATION_APPROVED",
					"Registration of %s, %s approved until %s".formatted(registration.getCustomer(),
							registration.getProject(), registration.getExpiresAt()));
		}
		return Map.of(VAR_EXPIRES_AT, Date.from(registration.getExpiresAt()));
	}

	/** The registration progressed: its figures change and its validity starts again from now. */
	Map<String, Object> extend(long id, BigDecimal expectedValue, LocalDate expectedCloseOn, String actor) {
		DealRegistration registration = open(id);
		registration.progress(expectedValue, expectedCloseOn, Instant.now(clock).plus(validFor));
		partners.record(registration.getPartnerReference(), actor, "DEAL_REGISTRATION_UPDATED",
				"Registration of %s, %s updated: %s EUR, closing %s, valid until %s".formatted(registration.getCustomer(),
						registration.getProject(), expectedValue.toPlainString(), expectedCloseOn,
						registration.getExpiresAt()));
		Map<String, Object> variables = new HashMap<>(facts(registration));
		variables.put(VAR_EXPIRES_AT, Date.from(registration.getExpiresAt()));
		return variables;
	}

	/**
	 * Closes the registration ({@code outcome} rejected, expired, won or lost), which frees its project;
	 * a won one is recorded as the partner's deal first. Idempotent for a retried job.
	 */
	void close(long id, DealRegistrationStatus outcome, String actor, BigDecimal wonAmount, LocalDate wonSignedOn) {
		DealRegistration registration = registrations.findById(id).orElseThrow();
		if (!registration.getStatus().isOpen()) {
			return;
		}
		String reference = registration.getPartnerReference();
		if (outcome == DealRegistrationStatus.WON) {
			deals.record(reference, registration.getCustomer(), wonAmount, wonSignedOn, actor);
		}
		registration.close(outcome, Instant.now(clock));
		partners.record(reference, actor, "DEAL_REGISTRATION_" + outcome, "Registration of %s, %s %s"
			.formatted(registration.getCustomer(), registration.getProject(), outcome.name().toLowerCase()));
	}

	private DealRegistration open(long id) {
		DealRegistration registration = registrations.findById(id).orElseThrow();
		if (!registration.getStatus().isOpen()) {
			throw new IllegalStateException("Deal registration " + id + " is closed: " + registration.getStatus());
		}
		return registration;
	}

	/** What the review form and the mails show of the registration. */
	private static Map<String, Object> facts(DealRegistration registration) {
		return Map.of(VAR_CUSTOMER, registration.getCustomer(), VAR_PROJECT, registration.getProject(),
				VAR_EXPECTED_VALUE, registration.getExpectedValue().toPlainString(), VAR_EXPECTED_CLOSE_ON,
				registration.getExpectedCloseOn().toString());
	}

}
