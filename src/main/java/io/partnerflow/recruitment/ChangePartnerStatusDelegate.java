package io.partnerflow.recruitment;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Moves the partner of the business key to the status given by the field {@code status}, with the
 * field {@code why} (an expression) on its timeline. Prototype-scoped: Camunda injects the fields.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class ChangePartnerStatusDelegate implements JavaDelegate {

	private final PartnerService partners;

	private Expression status;

	private Expression why;

	public ChangePartnerStatusDelegate(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PartnerStatus target = PartnerStatus.valueOf(String.valueOf(status.getValue(execution)));
		Object reason = why == null ? null : why.getValue(execution);
		partners.changeStatus(execution.getProcessBusinessKey(), target, RecruitmentProcess.KEY,
				reason == null ? null : reason.toString());
	}

	public void setStatus(Expression status) {
		this.status = status;
	}

	public void setWhy(Expression why) {
		this.why = why;
	}

}
