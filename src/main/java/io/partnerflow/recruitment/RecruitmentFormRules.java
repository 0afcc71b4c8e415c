package io.partnerflow.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.FormDates;
import io.partnerflow.system.FormRule;
import io.partnerflow.system.SubmittedForm;
import org.springframework.stereotype.Component;

/**
 * The recruitment's rules that its forms cannot declare: the approach's meeting took place from a
 * year ago to today; legal signs the contract from a year ago to today, and not before the
 * committee approved the partner.
 */
@Component
class RecruitmentFormRules implements FormRule {

	private final PartnerService partners;

	private final Clock clock;

	RecruitmentFormRules(PartnerService partners, Clock clock) {
		this.partners = partners;
		this.clock = clock;
	}

	@Override
	public Set<String> formIds() {
		return Set.of(RecruitmentProcess.FORM_APPROACH_CANDIDATE, RecruitmentProcess.FORM_SIGN_CONTRACT);
	}

	@Override
	public List<String> problems(SubmittedForm form) {
		LocalDate today = LocalDate.now(clock);
		LocalDate yearAgo = today.minusYears(1);
		if (RecruitmentProcess.FORM_APPROACH_CANDIDATE.equals(form.formId())) {
			return inRange(form, RecruitmentProcess.MEETING_DATE, yearAgo, "earliest.yearAgo", today);
		}
		LocalDate approved = FormDates.dayOf(partners.get(form.reference()).getApprovedAt());
		return approved != null && approved.isAfter(yearAgo)
				? inRange(form, RecruitmentProcess.CONTRACT_SIGNED_ON, approved, "earliest.committeeApproval", today)
				: inRange(form, RecruitmentProcess.CONTRACT_SIGNED_ON, yearAgo, "earliest.yearAgo", today);
	}

	private static List<String> inRange(SubmittedForm form, String key, LocalDate earliest, String earliestIs,
			LocalDate today) {
		String problem = FormDates.outOfRange(form, key, earliest, earliestIs, today);
		return problem == null ? List.of() : List.of(problem);
	}

}
