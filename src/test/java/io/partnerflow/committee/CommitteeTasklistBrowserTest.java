package io.partnerflow.committee;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.Browser;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestCommittee;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.partnerflow.committee.CommitteeVoteProcess.CAST_VOTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Tasklist, each member of the (demo) committee sees their own ballot and not the others'.
 */
@IntegrationTest
class CommitteeTasklistBrowserTest {

	static final Pattern TASK_ID = Pattern.compile("task=([^&]+)");

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	Jobs jobs;

	@Test
	void eachMemberSeesOnlyTheirOwnBallotInTasklist() {
		// given a vote of the committee (demo members claire, carl, cora)
		Partner partner = TestCommittee.inCommittee(partners, "Browsed");
		ProcessInstance vote = runtimeService.startProcessInstanceByKey(CommitteeVoteProcess.KEY, partner.getReference(),
				TestCommittee.application(66));
		jobs.runDue();
		String carlsBallot = ballotOf(vote, "carl");
		String corasBallot = ballotOf(vote, "cora");

		// when each logs in to Tasklist
		List<String> carlSees = ballotsListedFor("carl");
		List<String> coraSees = ballotsListedFor("cora");

		// then
		assertThat(carlSees).contains(carlsBallot).doesNotContain(corasBallot);
		assertThat(coraSees).contains(corasBallot).doesNotContain(carlsBallot);
		assertThat(carlSees).allSatisfy(id -> assertThat(assigneeOf(id)).isEqualTo("carl"));
		assertThat(coraSees).allSatisfy(id -> assertThat(assigneeOf(id)).isEqualTo("cora"));
	}

	List<String> ballotsListedFor(String user) {
		WebDriver browser = Browser.open();
		try {
			browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
			Browser.waitFor(browser).until(d -> !d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty());
			browser.findElement(By.cssSelector("input[ng-model='username']")).sendKeys(user);
			browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
			browser.findElement(By.cssSelector("button.btn-lg[type='submit']")).click();
			Browser.waitFor(browser)
				.until(d -> !d.findElements(By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=']")).isEmpty());
			List<String> listed = browser.findElements(By.cssSelector("ol.tasks-list li.task h4.task a"))
				.stream()
				.map(link -> link.getDomAttribute("href"))
				.map(href -> {
					Matcher id = TASK_ID.matcher(href);
					return id.find() ? id.group(1) : href;
				})
				.toList();
			// the ballot's form shows the application file read-only, with the choices
			browser.findElement(By.cssSelector("ol.tasks-list li.task h4.task a")).click();
			Browser.waitFor(browser).until(d -> d.findElement(By.tagName("body")).getText().contains("Abstain"));
			Browser.screenshot(browser, "committee-tasklist-" + user);
			assertThat(browser.findElement(By.tagName("body")).getText()).contains("Application file of Browsed SARL")
				.contains("Selection-criteria score: 66 / 100")
				.contains("Approve")
				.contains("Reject");
			return listed;
		}
		finally {
			browser.quit();
		}
	}

	String ballotOf(ProcessInstance vote, String member) {
		Task ballot = taskService.createTaskQuery()
			.processInstanceId(vote.getId())
			.taskDefinitionKey(CAST_VOTE)
			.taskAssignee(member)
			.singleResult();
		assertThat(ballot).as("ballot of %s", member).isNotNull();
		return ballot.getId();
	}

	String assigneeOf(String taskId) {
		Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
		return task == null ? null : task.getAssignee();
	}

}
