package io.partnerflow.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerExited;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.partner.PartnerVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import static io.partnerflow.onboarding.OnboardingProcess.*;

/**
 * A partner not autonomous at its day-100 review is reviewed again every
 * {@code partnerflow.onboarding.autonomy-review-every} until it is autonomous on both counts, or until it
 * leaves (bpmn/autonomy-review.bpmn); each review dates what it finds reached, so the "time to autonomy"
 * KPI is the day autonomy was found, not day 100. One series of reviews a partner: its start is marked on
 * the plan's row in the transaction that starts it.
 */
@Service
@Transactional
public class AutonomyReviews {

	private static final Logger log = LoggerFactory.getLogger(AutonomyReviews.class);

	/** Whom reviews are started for when they were missed: the partners still in the network. */
	private static final List<PartnerStatus> IN_THE_NETWORK = List.of(PartnerStatus.ONBOARDING, PartnerStatus.ACTIVE,
			PartnerStatus.EXIT_REVIEW);

	private final OnboardingPlanRepository plans;

	private final PartnerService partners;

	private final RuntimeService runtime;

	private final Clock clock;

	AutonomyReviews(OnboardingPlanRepository plans, PartnerService partners, RuntimeService runtime, Clock clock) {
		this.plans = plans;
		this.partners = partners;
		this.runtime = runtime;
		this.clock = clock;
	}

	/**
	 * Starts the partner's recurring reviews, unless they were started already (by another node, or by a
	 * retried job): true when this call started them.
	 */
	public boolean start(String reference) {
		Partner partner = partners.get(reference);
		if (plans.markAutonomyReviewsStarted(partner.getId(), Instant.now(clock)) == 0) {
			return false;
		}
		Map<String, Object> variables = new HashMap<>(PartnerVariables.of(partner));
		variables.put(VAR_RECRUITER, partner.getRecruiter());
		variables.put(VAR_CONTRACT_SIGNED_AT,
				partner.getContractSignedAt() == null ? null : Date.from(partner.getContractSignedAt()));
		runtime.startProcessInstanceByMessage(MESSAGE_AUTONOMY_STILL_TO_REACH, reference, variables);
		partners.record(reference, PartnerService.SYSTEM_ACTOR, "AUTONOMY_REVIEWS",
				"Not autonomous on both counts at day 100: reviewed again until it is, or until it leaves");
		return true;
	}

	/** Whether the partner is autonomous on both counts, as its reviews found (the models' gateways ask). */
	@Transactional(readOnly = true)
	public boolean reached(String reference) {
		return plans.findByPartnerId(partners.get(reference).getId())
			.map(plan -> plan.commerciallyAutonomousAt != null && plan.technicallyAutonomousAt != null)
			.orElse(false);
	}

	/** A partner that leaves is not reviewed any more: its open review, if any, ends with the exit's transaction. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void partnerExited(PartnerExited exited) {
		runtime.createMessageCorrelation(MESSAGE_AUTONOMY_PARTNER_EXITED)
			.processInstanceBusinessKey(exited.reference())
			.correlateAll();
	}

	/**
	 * The partners reviewed at day 100 before the recurring review existed, not autonomous and still in
	 * the network, get their reviews at start-up; the others' plans are left as they are. Once done,
	 * this is one query that finds nobody.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		List<String> missed = plans.referencesReviewedWithoutAutonomyOrReviews(IN_THE_NETWORK);
		int started = 0;
		for (String reference : missed) {
			started += start(reference) ? 1 : 0;
		}
		if (started > 0) {
			log.info("Started the recurring autonomy reviews of {} partners reviewed at day 100 before they existed", started);
		}
	}

}
