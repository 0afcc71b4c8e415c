package io.partnerflow.recruitment;

import java.util.Map;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.ConflictException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The API's entry points into partner-recruitment. */
@Service
@Transactional
public class Recruitments {

	private final PartnerService partners;

	private final ApplicationFiles files;

	private final RuntimeService runtime;

	Recruitments(PartnerService partners, ApplicationFiles files, RuntimeService runtime) {
		this.partners = partners;
		this.files = files;
		this.runtime = runtime;
	}

	/**
	 * Registers the candidate (a duplicate is refused) and starts its recruitment, whose business
	 * key is the reference: both or neither.
	 */
	public Partner start(CandidateData data, String recruiter) {
		Partner partner = partners.register(data, recruiter);
		runtime.startProcessInstanceByKey(RecruitmentProcess.KEY, partner.getReference(),
				Map.of(RecruitmentProcess.PARTNER_REGISTERED, true, RecruitmentProcess.RECRUITER, recruiter));
		return partner;
	}

	/** Keeps the candidate's application file and hands it to its waiting recruitment, once. */
	public void submitApplication(String reference, ApplicationFileData data, String submittedBy) {
		Partner partner = partners.get(reference);
		if (files.exists(reference)) {
			throw new ConflictException("Application file already received",
					"The application file of " + reference + " was already received");
		}
		boolean waiting = runtime.createExecutionQuery()
			.processInstanceBusinessKey(reference)
			.messageEventSubscriptionName(RecruitmentProcess.MESSAGE_APPLICATION_RECEIVED)
			.count() > 0;
		if (!waiting) {
			throw new ConflictException("No application file expected",
					reference + " is " + partner.getStatus() + ": no application file is expected from it");
		}
		files.saveIfAbsent(reference, data, submittedBy);
		runtime.createMessageCorrelation(RecruitmentProcess.MESSAGE_APPLICATION_RECEIVED)
			.processInstanceBusinessKey(reference)
			.setVariables(data.variables())
			.correlate();
	}

}
