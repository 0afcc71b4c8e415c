package io.partnerflow.recruitment;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.TaskCompleter;
import io.partnerflow.partner.PartnerStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Moves the partner of the business key to the status given by the field {@code status}, with the
 * field {@code why} (an expression) on its timeline, once: a partner already there is left as it is
 * (a retried job, a modified instance). The timeline names who made the change: the person who
 * completed the user task named by the field {@code decidedIn} (its element id), or PartnerFlow
 * when no person decided (a decision table, a deadline). Prototype-scoped: Camunda injects the fields.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class ChangePartnerStatusDelegate implements JavaDelegate {

	private final PartnerService partners;

	private Expression status;

	private Expression why;

	private Expression decidedIn;

	public ChangePartnerStatusDelegate(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PartnerStatus target = PartnerStatus.valueOf(String.valueOf(status.getValue(execution)));
		String reference = execution.getProcessBusinessKey();
		if (partners.get(reference).getStatus() == target) {
			return;
		}
		Object reason = why == null ? null : why.getValue(execution);
		String actor = decidedIn == null ? RecruitmentProcess.SYSTEM_ACTOR
				: TaskCompleter.of(execution, String.valueOf(decidedIn.getValue(execution)), RecruitmentProcess.SYSTEM_ACTOR);
		partners.changeStatus(reference, target, actor, reason == null ? null : reason.toString());
	}

	public void setStatus(Expression status) {
		this.status = status;
	}

	public void setWhy(Expression why) {
		this.why = why;
	}

	public void setDecidedIn(Expression decidedIn) {
		this.decidedIn = decidedIn;
	}

}
