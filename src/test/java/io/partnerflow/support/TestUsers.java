package io.partnerflow.support;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.system.CurrentUser;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

/** Users the tests add to the demo users. */
public final class TestUsers {

	private TestUsers() {
	}

	/**
	 * Makes sure the user exists (its password is its id) and belongs to the group, creating the
	 * group if it is missing. Does nothing that is done already, so tests may call it every time.
	 */
	public static void member(IdentityService identity, String id, String group) {
		if (identity.createGroupQuery().groupId(group).count() == 0) {
			identity.saveGroup(identity.newGroup(group));
		}
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setFirstName(id);
			user.setLastName("Tester");
			user.setEmail(id + "@partnerflow.test");
			user.setPassword(id);
			identity.saveUser(user);
		}
		if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
			identity.createMembership(id, group);
		}
	}

	/** Runs engine work as the user with its groups, as Tasklist does for it. */
	public static <T> T as(IdentityService identity, String user, Supplier<T> work) {
		return new CurrentUser(identity).as(user,
				identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList(), work);
	}

	/** Rita approaches the candidate: it is interested, and its application file is requested. */
	public static void approach(IdentityService identity, TaskService tasks, FormService forms, String reference,
			LocalDate meeting) {
		Task approach = tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(RecruitmentProcess.APPROACH_CANDIDATE)
			.singleResult();
		as(identity, "rita", () -> {
			forms.submitTaskForm(approach.getId(), Map.of(RecruitmentProcess.MEETING_DATE, meeting.toString(),
					RecruitmentProcess.AVERAGE_DEAL_MARGIN, 4000, RecruitmentProcess.EXPECTED_REVENUE_3_YEARS, 900000,
					RecruitmentProcess.EXPECTED_ROI, 35, RecruitmentProcess.CANDIDATE_INTERESTED, RecruitmentProcess.INTERESTED_YES));
			return null;
		});
	}

}
