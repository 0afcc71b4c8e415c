package io.partnerflow.onboarding;

import io.partnerflow.deals.DealWon;
import io.partnerflow.system.ConflictException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a partner's running 100-day plan that its first deal is signed: the flag its gateways read
 * (kept even when the plan is not waiting for the message at this moment, e.g. during the day-100
 * review) and the message {@code Message_DealWon} wherever the plan waits for it.
 */
@Component
public class FirstDealSignal {

	private static final Logger log = LoggerFactory.getLogger(FirstDealSignal.class);

	private final RuntimeService runtimeService;

	public FirstDealSignal(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/**
	 * The first deal, heard in the transaction that records it (just before it commits): the plan is
	 * told exactly once, or the deal is not recorded at all when the plan moved on at the same moment.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DealWon deal) {
		if (!deal.first()) {
			return;
		}
		try {
			boolean told = firstDealWon(deal.reference());
			log.info("First deal of partner {} recorded; 100-day plan {}", deal.reference(), told ? "told" : "not running");
		}
		catch (OptimisticLockingException concurrent) {
			throw new ConflictException("Concurrent change",
					"The partner's plan moved on at the same moment; nothing was recorded. Send the deal again.");
		}
	}

	/** Returns true when a running plan was told. */
	public boolean firstDealWon(String reference) {
		ProcessInstance plan = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (plan == null) {
			return false;
		}
		runtimeService.setVariable(plan.getId(), OnboardingProcess.VAR_FIRST_DEAL_SIGNED, true);
		runtimeService.createMessageCorrelation(OnboardingProcess.MESSAGE_DEAL_WON)
			.processInstanceId(plan.getId())
			.correlateAllWithResult();
		return true;
	}

}
