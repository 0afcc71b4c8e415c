package io.partnerflow.system;

import java.util.List;
import java.util.Set;

/**
 * A business rule on one task form that the form itself cannot declare (a date not before the
 * committee's approval, certified people among the trained ones). The form declares what each
 * field accepts (required, kind, bounds, choices); a rule sees the whole submission once those
 * checks pass, and names each problem by the field's label. Rules are Spring beans; the engine's
 * guard runs those of the form a task completes, whoever completes it.
 */
public interface FormRule {

	/** The ids of the forms the rule applies to (their tasks' {@code camunda:formRef}). */
	Set<String> formIds();

	/** What is wrong with the submission, each in words the user reads; empty when it is fine. */
	List<String> problems(SubmittedForm form);

}
