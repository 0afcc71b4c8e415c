package io.partnerflow.tier;

import java.util.List;
import java.util.Map;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.tier.TierReviewProcess.*;

/**
 * The scheduled review, one batch at a time: starts the review of the next partners in the network
 * (by id, after the last one of the batch before), each a process instance of its own whose first
 * step is a job, and says whether partners may be left. Each batch runs in a job of its own (the
 * step is asynchronous), so thousands of partners never share one transaction, and a failed batch
 * is retried alone (its starts roll back with it).
 */
@Component
class StartTierReviewsDelegate implements JavaDelegate {

	private final PartnerService partners;

	private final TierReviewSettings settings;

	StartTierReviewsDelegate(PartnerService partners, TierReviewSettings settings) {
		this.partners = partners;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long after = number(execution.getVariable(VAR_REVIEW_AFTER_ID));
		long started = number(execution.getVariable(VAR_REVIEWS_STARTED));
		List<Partner> batch = partners.inStatusAfter(REVIEWED, after, settings.getBatchSize());
		for (Partner partner : batch) {
			execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(MESSAGE_REVIEW_DUE,
					partner.getReference(), Map.of(VAR_OCCASION, OCCASION_SCHEDULED));
		}
		execution.setVariable(VAR_REVIEW_AFTER_ID, batch.isEmpty() ? after : batch.get(batch.size() - 1).getId());
		execution.setVariable(VAR_REVIEWS_STARTED, started + batch.size());
		execution.setVariable(VAR_MORE_PARTNERS, batch.size() == settings.getBatchSize());
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

}
