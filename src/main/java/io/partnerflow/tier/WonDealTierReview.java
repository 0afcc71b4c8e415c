package io.partnerflow.tier;

import java.util.Map;

import io.partnerflow.deals.DealWon;
import io.partnerflow.system.CurrentUser;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every won deal reviews its partner's tier: a review starts in the transaction that records the
 * deal (its first step is a job, which runs once the deal is committed and so counts it), so a deal
 * is never recorded without its review, nor a review started for a deal that was not.
 */
@Component
class WonDealTierReview {

	private final RuntimeService runtime;

	private final CurrentUser user;

	WonDealTierReview(RuntimeService runtime, CurrentUser user) {
		this.runtime = runtime;
		this.user = user;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DealWon deal) {
		// PartnerFlow starts it, not the user who recorded the deal (who may start no process)
		user.withoutAuthorization(() -> runtime.startProcessInstanceByMessage(TierReviewProcess.MESSAGE_DEAL_WON,
				deal.reference(), Map.of(TierReviewProcess.VAR_OCCASION, TierReviewProcess.OCCASION_DEAL_WON)));
	}

}
