package io.partnerflow.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.TaskCompleter;
import io.partnerflow.system.FormDates;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records legal's signature date (status CONTRACT_SIGNED) and the contract's type on the
 * partner's timeline, by the member of legal who completed the signature task; sets {@code contractSignedAt} (a Date) for the 100-day plan.
 */
@Component
class RecordContractSignatureDelegate implements JavaDelegate {

	private final PartnerService partners;

	RecordContractSignatureDelegate(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		Instant signedAt = instant(execution.getVariable(RecruitmentProcess.CONTRACT_SIGNED_ON));
		String signedBy = TaskCompleter.of(execution, RecruitmentProcess.SIGN_CONTRACT, Groups.LEGAL);
		partners.recordContractSignature(reference, signedAt, signedBy);
		partners.record(reference, signedBy, "CONTRACT",
				"Contract " + execution.getVariable(RecruitmentProcess.CONTRACT_TYPE) + ", business plan annexed: "
						+ (Boolean.TRUE.equals(execution.getVariable(RecruitmentProcess.BUSINESS_PLAN_ANNEXED)) ? "yes" : "no"));
		execution.setVariable(RecruitmentProcess.CONTRACT_SIGNED_AT, Date.from(signedAt));
	}

	/** The day legal gave ({@link FormDates#parse}), at its start in UTC. */
	static Instant instant(Object value) {
		LocalDate day = FormDates.parse(value);
		if (day == null) {
			throw new IllegalArgumentException("The signature date " + value + " is not a date (expected 2026-11-23)");
		}
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
