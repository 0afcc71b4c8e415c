package io.partnerflow.notification;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.el.FixedValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The recipients a mail step's fields name: the typed fields, and the text of a definition deployed before them. */
class SendNotificationDelegateTest {

	static final String PARTNER = "P-2026-00042";

	final DelegateExecution execution = mock(DelegateExecution.class);

	final SendNotificationDelegate delegate = new SendNotificationDelegate(mock(NotificationService.class));

	@Test
	void theTypedFieldsNameTheirRecipients() {
		// given
		delegate.setPartner(yes());
		delegate.setRecruiter(yes());
		delegate.setGroupManagers(yes());
		delegate.setGroupSales(new FixedValue("false"));

		// then
		assertThat(delegate.recipients(execution, PARTNER)).containsExactly(RecipientSpec.partnerOf(PARTNER),
				RecipientSpec.recruiterOf(PARTNER), RecipientSpec.group(Groups.MANAGERS));
	}

	@Test
	void eachGroupFieldNamesItsGroup() throws ReflectiveOperationException {
		for (var group : MailStep.GROUP_FIELDS.entrySet()) {
			SendNotificationDelegate step = new SendNotificationDelegate(mock(NotificationService.class));
			setter(group.getValue()).invoke(step, yes());

			assertThat(step.recipients(execution, PARTNER)).as(group.getValue())
				.containsExactly(RecipientSpec.group(group.getKey()));
		}
	}

	@Test
	void theUserIsTheOneItsExpressionGives() {
		// given the element of a multi-instance step
		Expression member = mock(Expression.class);
		when(member.getValue(execution)).thenReturn("m1");
		delegate.setUser(member);

		// then
		assertThat(delegate.recipients(execution, PARTNER)).containsExactly(RecipientSpec.user("m1"));

		// and an element that names nobody is refused
		when(member.getValue(execution)).thenReturn(" ");
		assertThatThrownBy(() -> delegate.recipients(execution, PARTNER)).isInstanceOf(MisaddressedMailException.class)
			.hasMessageContaining("names nobody");
	}

	@Test
	void theRecipientsAsTextOfADefinitionDeployedBeforeReachTheSamePeople() {
		delegate.setTo(new FixedValue("partner, recruiter"));
		assertThat(delegate.recipients(execution, PARTNER)).containsExactly(RecipientSpec.partnerOf(PARTNER),
				RecipientSpec.recruiterOf(PARTNER));

		assertThat(SendNotificationDelegate.legacyRecipients("group:managers,recruiter", PARTNER))
			.containsExactly(RecipientSpec.group(Groups.MANAGERS), RecipientSpec.recruiterOf(PARTNER));
		assertThat(SendNotificationDelegate.legacyRecipients("user:m1", PARTNER)).containsExactly(RecipientSpec.user("m1"));
	}

	@Test
	void aPlainAddressInTheRecipientsAsTextIsRefusedForNobodyCanTellWhoseItIs() {
		assertThatThrownBy(() -> SendNotificationDelegate.legacyRecipients("someone@elsewhere.example", PARTNER))
			.isInstanceOf(MisaddressedMailException.class)
			.hasMessageContaining("Not a recipient: 'someone@elsewhere.example'");
		assertThatThrownBy(() -> SendNotificationDelegate.legacyRecipients("group:", PARTNER))
			.isInstanceOf(MisaddressedMailException.class);
	}

	@Test
	void theDelegateTakesEveryFieldOfAMailStepAndTheTextOfOld() {
		Set<String> taken = new TreeSet<>();
		for (Method method : SendNotificationDelegate.class.getMethods()) {
			if (method.getName().startsWith("set") && Arrays.equals(method.getParameterTypes(), new Class<?>[] { Expression.class })) {
				taken.add(Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4));
			}
		}
		Set<String> expected = new TreeSet<>(MailStep.FIELDS);
		expected.add(MailStep.LEGACY_TO);

		assertThat(taken).isEqualTo(expected);
	}

	private static Expression yes() {
		return new FixedValue("true");
	}

	private static Method setter(String field) throws NoSuchMethodException {
		return SendNotificationDelegate.class.getMethod("set" + Character.toUpperCase(field.charAt(0)) + field.substring(1),
				Expression.class);
	}

}
