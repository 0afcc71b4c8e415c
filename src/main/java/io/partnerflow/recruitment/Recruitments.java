package io.partnerflow.recruitment;

import java.util.Set;
import java.util.stream.Collectors;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.UnknownMarketException;
import io.partnerflow.partner.DuplicatePartnerException;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerNotFoundException;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.system.ConflictException;
import io.partnerflow.system.CurrentUser;
import io.partnerflow.system.FormRefusedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into partner-recruitment. The API, the CSV import and the simulator list a candidate
 * here and start its recruitment; a start in Tasklist (or through the engine's REST API) reaches
 * the model's first step, which lists it here too or, with a business key, checks the partner may
 * be recruited. Either way the duplicate rule is {@link PartnerService}'s, the recruiter is the
 * user who listed the candidate, and a partner is in one recruitment at most.
 */
@Service
@Transactional
public class Recruitments {

	private final PartnerService partners;

	private final ApplicationFiles files;

	private final RuntimeService runtime;

	private final Validator validator;

	private final CurrentUser user;

	Recruitments(PartnerService partners, ApplicationFiles files, RuntimeService runtime, Validator validator,
			CurrentUser user) {
		this.partners = partners;
		this.files = files;
		this.runtime = runtime;
		this.validator = validator;
		this.user = user;
	}

	/**
	 * Lists the candidate (a duplicate is refused with {@link DuplicatePartnerException}) and starts
	 * its recruitment, whose business key is the reference: both or neither.
	 */
	public Partner start(CandidateData data, String recruiter) {
		Partner partner = partners.register(data, recruiter);
		runtime.startProcessInstanceByKey(RecruitmentProcess.KEY, partner.getReference());
		return partner;
	}

	/** A manager lists a candidate that looks like a listed partner, with the reason, and starts its recruitment. */
	public Partner startDespiteLookalikes(CandidateData data, String manager, String reason) {
		Partner partner = partners.registerDespiteLookalikes(data, manager, reason);
		runtime.startProcessInstanceByKey(RecruitmentProcess.KEY, partner.getReference());
		return partner;
	}

	/**
	 * The first step of a recruitment started from the start form: lists its candidate for the
	 * signed-in user, or refuses the form with the reason (nothing is created).
	 */
	Partner listFromStartForm(CandidateData data, String signedIn) {
		if (signedIn == null) {
			throw new FormRefusedException("A candidate is listed by a signed-in recruiter");
		}
		Set<ConstraintViolation<CandidateData>> violations = validator.validate(data);
		if (!violations.isEmpty()) {
			throw new FormRefusedException(violations.stream()
				.map(v -> v.getPropertyPath() + " " + v.getMessage())
				.sorted()
				.collect(Collectors.joining("; ", "Please correct the form: ", "")));
		}
		try {
			return partners.register(data, signedIn);
		}
		catch (DuplicatePartnerException duplicate) {
			throw new FormRefusedException(duplicate.getMessage());
		}
		catch (UnknownMarketException unknown) {
			throw new FormRefusedException("Please correct the form: " + unknown.sentence());
		}
	}

	/**
	 * The first step of a recruitment started with a business key: the partner must be listed, a
	 * candidate, and in no other recruitment. Its row stays locked until the start commits, so two
	 * starts for one partner cannot both pass.
	 */
	Partner admit(String reference, String processInstanceId) {
		Partner partner;
		try {
			partner = partners.getForRecruitment(reference);
		}
		catch (PartnerNotFoundException unknown) {
			throw new FormRefusedException("No partner " + reference
					+ " is listed: a recruitment starts with a new candidate's form, without a business key");
		}
		if (partner.getStatus() != PartnerStatus.CANDIDATE) {
			throw new FormRefusedException("%s (%s) is %s: a partner is recruited once".formatted(partner.getCompany(),
					reference, partner.getStatus()));
		}
		// every recruitment counts, not only those the signed-in user may read
		boolean recruiting = user.withoutAuthorization(() -> runtime.createProcessInstanceQuery()
				.processDefinitionKey(RecruitmentProcess.KEY)
				.processInstanceBusinessKey(reference)
				.list()
				.stream()
				.anyMatch(other -> !other.getId().equals(processInstanceId)));
		if (recruiting) {
			throw new FormRefusedException("%s (%s) is already being recruited by %s".formatted(partner.getCompany(),
					reference, partner.getRecruiter()));
		}
		return partner;
	}

	/**
	 * Keeps the candidate's application file, once, and tells its waiting recruitment that it arrived:
	 * the message carries no answers, the table is their only record.
	 */
	public void submitApplication(String reference, ApplicationFileData data, String submittedBy) {
		Partner partner = partners.get(reference);
		if (files.exists(reference)) {
			throw new ConflictException("Application file already received",
					"The application file of " + reference + " was already received");
		}
		if (!awaitsApplication(reference)) {
			throw new ConflictException("No application file expected",
					reference + " is " + partner.getStatus() + ": no application file is expected from it");
		}
		files.saveIfAbsent(reference, data, submittedBy);
		runtime.createMessageCorrelation(RecruitmentProcess.MESSAGE_APPLICATION_RECEIVED)
			.processInstanceBusinessKey(reference)
			.correlate();
	}

	/** Whether the partner's recruitment waits for its application file (not yet received, lapsed or ended). */
	public boolean awaitsApplication(String reference) {
		return runtime.createExecutionQuery()
			.processInstanceBusinessKey(reference)
			.messageEventSubscriptionName(RecruitmentProcess.MESSAGE_APPLICATION_RECEIVED)
			.count() > 0;
	}

}
