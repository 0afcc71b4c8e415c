package io.partnerflow.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.partnerflow.system.Groups;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;

/**
 * A mail step of a model (an element bound to {@code ${sendNotificationDelegate}}) and what its
 * fields say, checked before the model runs ({@link MailStepCheck}). Its recipients are typed
 * fields, one meaning each, that the element templates offer as choices:
 * <ul>
 * <li>{@code partner}: {@code true} or {@code false}, the partner's contact;</li>
 * <li>{@code recruiter}: {@code true} or {@code false}, the partner's recruiter;</li>
 * <li>one field per group of {@link Groups#BUSINESS}, {@code groupManagers}, {@code groupSales}, ...:
 * {@code true} or {@code false};</li>
 * <li>{@code user}: one user, by id or by an expression such as {@code ${member}} (the element of a
 * multi-instance step).</li>
 * </ul>
 * A recipient field left out says no. Groups are a field each, not one field listing them: a Camunda
 * 7 element template offers no multiple choice, so a list would be text to type (ids, separators: a
 * syntax again, and a typo found at deployment at best), while a yes/no per group can only name a
 * group there is; a new group of {@link Groups} is one more field. Besides them, {@code template}
 * (the name of a mail template, not an expression: its audience is checked here) and, optionally,
 * {@code key} and {@code aboutPartner} (the partner the mail is about, when it is not the business key). Yes/no fields and the template are fixed values, never expressions, so that all of
 * this is known at deployment.
 */
record MailStep(String id, Map<String, Field> fields) {

	static final String DELEGATE = "${sendNotificationDelegate}";

	static final String TEMPLATE = "template";

	static final String PARTNER = "partner";

	static final String RECRUITER = "recruiter";

	static final String USER = "user";

	static final String KEY = "key";

	/**
	 * The partner the mail is about when it is not the process's business key: an expression naming its
	 * reference, such as {@code ${partnerReference}} in a lead's process, which offers the lead to partners in turn.
	 */
	static final String ABOUT_PARTNER = "aboutPartner";

	/** The recipients as text, of the definitions deployed before the typed fields (see {@link SendNotificationDelegate}). */
	static final String LEGACY_TO = "to";

	/** The field of each group, by group id: {@code groupManagers} for {@code managers}. */
	static final Map<String, String> GROUP_FIELDS = groupFields();

	/** Every field a mail step may have. */
	static final Set<String> FIELDS = fieldNames();

	/** A field as the model writes it: a fixed text, or an expression the engine evaluates when the step runs. */
	record Field(String text, boolean expression) {
	}

	/** The mail steps of a model. */
	static List<MailStep> in(BpmnModelInstance model) {
		return model.getModelElementsByType(BaseElement.class)
			.stream()
			.filter(element -> DELEGATE
				.equals(element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression")))
			.map(element -> new MailStep(element.getId(), fields(element)))
			.toList();
	}

	/** What keeps the step from being sent as its fields say, to its template's audience only; empty when nothing. */
	List<String> problems(MailTemplates templates) {
		List<String> problems = new ArrayList<>();
		for (String name : fields.keySet()) {
			if (name.equals(LEGACY_TO)) {
				problems.add("the field to (recipients as text) is no longer read: set partner, recruiter or a group"
						+ " field to true, or name a user");
			}
			else if (!FIELDS.contains(name)) {
				problems.add("a mail step has no field " + name + " (" + String.join(", ", FIELDS) + ")");
			}
		}
		List<RecipientSpec> recipients = recipients(problems);
		if (recipients.isEmpty()) {
			problems.add("the step names no recipient: set partner, recruiter or a group field to true, or name a user");
		}
		Field template = fields.get(TEMPLATE);
		if (template == null || template.expression()) {
			problems.add("the field template names a mail template, not an expression: its audience is checked at deployment");
			return problems;
		}
		MailAudience audience;
		MailTemplates.MailTemplate declared;
		try {
			declared = templates.template(template.text());
			if (MailTemplates.PORTAL_PASSWORD_LINK.equals(declared.personalLink())) {
				problems.add("Mail template " + template.text() + " is sent by the partner portal itself, to one of its"
						+ " accounts, never by a model");
				return problems;
			}
			audience = declared.audience();
		}
		catch (MisaddressedMailException unknown) {
			problems.add(unknown.getMessage());
			return problems;
		}
		for (RecipientSpec recipient : recipients) {
			try {
				audience.addressing(recipient, template.text());
				declared.refuseIfAboutNoPartner(recipient);
			}
			catch (MisaddressedMailException refused) {
				problems.add(refused.getMessage());
			}
		}
		if (audience == MailAudience.PARTNER && recipients.stream().noneMatch(r -> r.kind() == RecipientSpec.Kind.PARTNER)) {
			problems.add("Mail template " + template.text() + " is a letter to the partner: set partner to true");
		}
		return problems;
	}

	/** The recipients the fields name (the partner's by no reference: it is not known yet). */
	private List<RecipientSpec> recipients(List<String> problems) {
		Field user = fields.get(USER);
		if (user != null && user.text().isEmpty()) {
			problems.add("the field user names nobody");
			user = null;
		}
		return recipients(name -> yes(name, problems), user == null ? null : user.text(), null);
	}

	/**
	 * Whom the recipient fields name, at deployment as when the step runs: partner, recruiter, the
	 * groups (in the order of {@link Groups#BUSINESS}), then the user.
	 * @param yes whether the yes/no field of this name says yes
	 * @param user the user's id, or null
	 * @param reference the partner the mail is about
	 */
	static List<RecipientSpec> recipients(Predicate<String> yes, String user, String reference) {
		List<RecipientSpec> recipients = new ArrayList<>();
		if (yes.test(PARTNER)) {
			recipients.add(RecipientSpec.partnerOf(reference));
		}
		if (yes.test(RECRUITER)) {
			recipients.add(RecipientSpec.recruiterOf(reference));
		}
		GROUP_FIELDS.forEach((group, field) -> {
			if (yes.test(field)) {
				recipients.add(RecipientSpec.group(group));
			}
		});
		if (user != null) {
			recipients.add(RecipientSpec.user(user));
		}
		return recipients;
	}

	private boolean yes(String name, List<String> problems) {
		Field field = fields.get(name);
		if (field == null) {
			return false;
		}
		if (!field.expression() && (field.text().equals("true") || field.text().equals("false"))) {
			return field.text().equals("true");
		}
		problems.add("the field " + name + " is true or false"
				+ (field.expression() ? ", not an expression: it is checked at deployment" : ", not '" + field.text() + "'"));
		return false;
	}

	/** The group field's name of a group id: {@code groupManagers}. */
	static String groupField(String group) {
		return "group" + Character.toUpperCase(group.charAt(0)) + group.substring(1);
	}

	private static Map<String, String> groupFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		Groups.BUSINESS.forEach(group -> fields.put(group[0], groupField(group[0])));
		return Collections.unmodifiableMap(fields);
	}

	private static Set<String> fieldNames() {
		Set<String> names = new LinkedHashSet<>(List.of(TEMPLATE, PARTNER, RECRUITER));
		Groups.BUSINESS.forEach(group -> names.add(groupField(group[0])));
		names.add(USER);
		names.add(KEY);
		names.add(ABOUT_PARTNER);
		return Collections.unmodifiableSet(names);
	}

	private static Map<String, Field> fields(BaseElement element) {
		Map<String, Field> fields = new LinkedHashMap<>();
		if (element.getExtensionElements() != null) {
			element.getExtensionElements()
				.getElementsQuery()
				.filterByType(CamundaField.class)
				.list()
				.forEach(field -> fields.put(field.getCamundaName(), field(field)));
		}
		return fields;
	}

	private static Field field(CamundaField field) {
		if (field.getCamundaExpression() != null) {
			return new Field(field.getCamundaExpression().strip(), true);
		}
		if (field.getCamundaExpressionChild() != null) {
			return new Field(field.getCamundaExpressionChild().getTextContent().strip(), true);
		}
		if (field.getCamundaString() != null) {
			return new Field(field.getCamundaString().getTextContent().strip(), false);
		}
		return new Field(field.getCamundaStringValue() == null ? "" : field.getCamundaStringValue().strip(), false);
	}

}
