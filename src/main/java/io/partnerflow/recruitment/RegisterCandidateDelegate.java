package io.partnerflow.recruitment;

import java.util.Map;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerVariables;
import io.partnerflow.system.CsvCells;
import io.partnerflow.system.CurrentUser;
import io.partnerflow.system.FormRefusedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step of every recruitment, in the transaction of its start: a start without a business
 * key lists the start form's candidate for the signed-in user and takes its reference as business
 * key; a start with one must name a candidate in no other recruitment ({@link Recruitments}). A
 * refusal is a {@link FormRefusedException}: Tasklist shows it on the form, the engine's REST API
 * answers 400, and nothing is created. The recruiter comes from the partner, never from what the
 * start sent; so do the variables naming the partner ({@link PartnerVariables}). The candidate's
 * figures are no variables: the selection criteria and the committee's ballots read the partner.
 */
@Component
class RegisterCandidateDelegate implements JavaDelegate {

	private final Recruitments recruitments;

	RegisterCandidateDelegate(Recruitments recruitments) {
		this.recruitments = recruitments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		Partner partner = reference == null ? recruitments.listFromStartForm(candidate(execution), signedIn(execution))
				: recruitments.admit(reference, execution.getProcessInstanceId());
		Object sentRecruiter = execution.getVariable(RecruitmentProcess.RECRUITER);
		if (sentRecruiter != null && !sentRecruiter.equals(partner.getRecruiter())) {
			throw new FormRefusedException("The recruiter of " + partner.getCompany() + " is " + partner.getRecruiter()
					+ ", who listed it; a start does not name another");
		}
		execution.setProcessBusinessKey(partner.getReference());
		execution.setVariable(RecruitmentProcess.RECRUITER, partner.getRecruiter());
		// the start form's candidate goes: the partner is its record, which the selection criteria, the
		// committee's ballots and the mails read; the variables name the partner only (those set again
		// are not removed first, which would write their history twice)
		Map<String, Object> naming = PartnerVariables.of(partner);
		execution.removeVariables(CandidateFields.NAMES.stream().filter(name -> !naming.containsKey(name)).toList());
		execution.setVariables(naming);
	}

	private static String signedIn(DelegateExecution execution) {
		return CurrentUser.of(execution.getProcessEngineServices()).id().orElse(null);
	}

	/** The start form's candidate, read as a row of a candidate file is ({@link CandidateFields}). */
	private static CandidateData candidate(DelegateExecution execution) {
		String website = CandidateFields.text(execution.getVariable("website"));
		if (website != null && !website.isBlank() && (website.strip().length() > Websites.MAX_TYPED_LENGTH
				|| !website.strip().matches(Websites.TYPED_PATTERN))) {
			throw new FormRefusedException("Please correct the form: the website must be a web address such as acme.fr or https://acme.fr, at most "
					+ Websites.MAX_TYPED_LENGTH + " characters");
		}
		try {
			return CandidateFields.read(name -> CandidateFields.text(execution.getVariable(name)), new CsvCells(','));
		}
		catch (CsvCells.InvalidCell unreadable) {
			throw new FormRefusedException("Please correct the form: " + unreadable.getMessage());
		}
	}

}
