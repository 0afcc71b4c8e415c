package io.partnerflow.recruitment;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.DuplicatePartnerException;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerService;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the candidate of a recruitment started from the Tasklist start form (its fields are
 * process variables) and makes its reference the business key. A candidate started by the API is
 * already registered ({@code partnerRegistered}). Invalid or duplicate: the BPMN error
 * {@code CANDIDATE_REFUSED} with the reason, which the recruiter reviews. Either way it copies the
 * selection criteria's inputs from the partner.
 */
@Component
class RegisterCandidateDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(RegisterCandidateDelegate.class);

	private final PartnerService partners;

	private final Validator validator;

	RegisterCandidateDelegate(PartnerService partners, Validator validator) {
		this.partners = partners;
		this.validator = validator;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Partner partner;
		if (Boolean.TRUE.equals(execution.getVariable(RecruitmentProcess.PARTNER_REGISTERED))) {
			partner = partners.get(execution.getProcessBusinessKey());
		}
		else {
			CandidateData data = candidate(execution);
			Set<ConstraintViolation<CandidateData>> violations = validator.validate(data);
			if (!violations.isEmpty()) {
				throw refused(violations.stream()
					.map(v -> v.getPropertyPath() + " " + v.getMessage())
					.sorted()
					.collect(Collectors.joining("; ", "invalid candidate: ", "")));
			}
			Optional<DuplicatePartnerException> duplicate = partners.findListed(data);
			if (duplicate.isPresent()) {
				throw refused(duplicate.get().getMessage());
			}
			partner = partners.register(data, (String) execution.getVariable(RecruitmentProcess.RECRUITER));
			execution.setProcessBusinessKey(partner.getReference());
			execution.setVariable(RecruitmentProcess.PARTNER_REGISTERED, true);
		}
		execution.setVariable("company", partner.getCompany());
		execution.setVariable("market", partner.getMarket());
		execution.setVariable("annualRevenue", orZero(partner.getAnnualRevenue()));
		execution.setVariable("salesStaff", orZero(partner.getSalesStaff()));
		execution.setVariable("technicalStaff", orZero(partner.getTechnicalStaff()));
		execution.setVariable("competingSuppliers", orZero(partner.getCompetingSuppliers()));
	}

	private static BpmnError refused(String reason) {
		log.info("Candidate refused: {}", reason);
		return new BpmnError(RecruitmentProcess.ERROR_CANDIDATE_REFUSED, reason);
	}

	private static CandidateData candidate(DelegateExecution execution) {
		String category = text(execution, "category");
		PartnerCategory parsed = null;
		try {
			parsed = category == null ? null : PartnerCategory.valueOf(category.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw refused("invalid candidate: category " + category + " is not a partner category");
		}
		return new CandidateData(text(execution, "company"), text(execution, "country"), text(execution, "market"), parsed,
				text(execution, "contactName"), text(execution, "contactEmail"), website(execution),
				number(execution, "annualRevenue"), intOrNull(number(execution, "salesStaff")),
				intOrNull(number(execution, "technicalStaff")), intOrNull(number(execution, "competingSuppliers")));
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : value.toString();
	}

	/** The website as typed in the start form (its pattern and length), kept as an https address. */
	private static String website(DelegateExecution execution) {
		String typed = text(execution, "website");
		if (typed == null || typed.isBlank()) {
			return null;
		}
		if (typed.strip().length() > Websites.MAX_TYPED_LENGTH || !typed.strip().matches(Websites.TYPED_PATTERN)) {
			throw refused("invalid candidate: website must be a web address such as acme.fr or https://acme.fr, at most "
					+ Websites.MAX_TYPED_LENGTH + " characters");
		}
		return Websites.normalise(typed);
	}

	private static Long number(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Number n) {
			return n.longValue();
		}
		try {
			return Long.parseLong(value.toString().strip());
		}
		catch (NumberFormatException notANumber) {
			throw refused("invalid candidate: " + name + " must be a whole number");
		}
	}

	private static Integer intOrNull(Long value) {
		return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
	}

	private static long orZero(Number value) {
		return value == null ? 0 : value.longValue();
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

}
