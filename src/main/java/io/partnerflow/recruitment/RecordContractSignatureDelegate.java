package io.partnerflow.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records legal's signature date (status CONTRACT_SIGNED) and the contract's type on the
 * partner's timeline; sets {@code contractSignedAt} (a Date) for the 100-day plan.
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
		partners.recordContractSignature(reference, signedAt, "legal");
		partners.record(reference, "legal", "CONTRACT",
				"Contract " + execution.getVariable(RecruitmentProcess.CONTRACT_TYPE) + ", business plan annexed: "
						+ (Boolean.TRUE.equals(execution.getVariable(RecruitmentProcess.BUSINESS_PLAN_ANNEXED)) ? "yes" : "no"));
		execution.setVariable(RecruitmentProcess.CONTRACT_SIGNED_AT, Date.from(signedAt));
	}

	/** A Date, or an ISO date ("2026-11-23", as the form's date picker sends it) or date-time. */
	static Instant instant(Object value) {
		if (value instanceof Date date) {
			return date.toInstant();
		}
		String text = String.valueOf(value).strip();
		try {
			return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
		}
		catch (DateTimeParseException invalid) {
			throw new IllegalArgumentException("The signature date " + text + " is not a date (expected 2026-11-23)", invalid);
		}
	}

}
