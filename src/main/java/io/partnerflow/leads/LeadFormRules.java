package io.partnerflow.leads;

import java.util.List;
import java.util.Set;

import io.partnerflow.system.FormRule;
import io.partnerflow.system.SubmittedForm;
import org.springframework.stereotype.Component;

import static io.partnerflow.leads.LeadProcess.*;

/**
 * The lead cell's rules its forms cannot declare: the partner confirmed is one the lead may go to now
 * (whatever a caller of the engine's API sends: the form's choices are only the 30 best), and a lead is
 * closed with a note saying why.
 */
@Component
class LeadFormRules implements FormRule {

	private final Leads leads;

	LeadFormRules(Leads leads) {
		this.leads = leads;
	}

	@Override
	public Set<String> formIds() {
		return Set.of(FORM_CONFIRM_PARTNER, FORM_DECIDE_RETURNED_LEAD);
	}

	@Override
	public List<String> problems(SubmittedForm form) {
		if (FORM_DECIDE_RETURNED_LEAD.equals(form.formId())) {
			return DECISION_CLOSE.equals(form.text(VAR_RETURNED_LEAD_DECISION)) && form.text(VAR_CLOSE_NOTE) == null
					? List.of(form.say("leads.noteToClose", form.label(VAR_CLOSE_NOTE)))
					: List.of();
		}
		Long leadId = form.number(VAR_LEAD_ID);
		String partner = form.text(VAR_ASSIGNED_PARTNER);
		return leadId == null ? List.of() : leads.refusal(leadId, partner)
			.map(why -> List.of(form.say("leads.partnerNotEligible", form.label(VAR_ASSIGNED_PARTNER), why)))
			.orElse(List.of());
	}

}
