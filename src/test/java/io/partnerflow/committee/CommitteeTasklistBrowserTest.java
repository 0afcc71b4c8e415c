package io.partnerflow.committee;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.recruitment.ApplicationFiles;
import io.partnerflow.support.Browser;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestCommittee;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.partnerflow.committee.CommitteeVoteProcess.CAST_VOTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Tasklist, each member of the (demo) committee sees their own ballot and not the others'; the
 * ballot names the candidate and shows its figures, and a refused ballot says why in plain words.
 */
@IntegrationTest
class CommitteeTasklistBrowserTest {

	static final Pattern TASK_ID = Pattern.compile("task=([^&]+)");

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	ApplicationFiles applicationFiles;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	Jobs jobs;

	@Test
	void eachMemberSeesOnlyTheirOwnBallotWhichShowsTheWholeCandidate() {
		// given a vote of the committee (demo members claire, carl, cora)
		Partner partner = TestCommittee.inCommittee(partners, applicationFiles, "Browsed");
		ProcessInstance vote = runtimeService.startProcessInstanceByKey(CommitteeVoteProcess.KEY, partner.getReference(),
				TestCommittee.application(66));
		jobs.runDue();
		String clairesBallot = ballotOf(vote, "claire");
		String carlsBallot = ballotOf(vote, "carl");

		// when each logs in to Tasklist
		List<String> claireSees = ballotsListedFor("claire", clairesBallot, partner);
		List<String> carlSees = ballotsListedFor("carl", carlsBallot, partner);

		// then
		assertThat(claireSees).contains(clairesBallot).doesNotContain(carlsBallot);
		assertThat(carlSees).contains(carlsBallot).doesNotContain(clairesBallot);
		assertThat(claireSees).allSatisfy(id -> assertThat(assigneeOf(id)).isEqualTo("claire"));
		assertThat(carlSees).allSatisfy(id -> assertThat(assigneeOf(id)).isEqualTo("carl"));
	}

	/** The ballots the member's Tasklist lists; opens this vote's ballot and checks what it shows. */
	List<String> ballotsListedFor(String user, String ballot, Partner partner) {
		WebDriver browser = Browser.open();
		try {
			browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
			Browser.waitFor(browser).until(d -> !d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty());
			browser.findElement(By.cssSelector("input[ng-model='username']")).sendKeys(user);
			browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
			browser.findElement(By.cssSelector("button.btn-lg[type='submit']")).click();
			Browser.waitFor(browser)
				.until(d -> !d.findElements(By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + ballot + "']")).isEmpty());
			List<String> listed = browser.findElements(By.cssSelector("ol.tasks-list li.task h4.task a"))
				.stream()
				.map(link -> link.getDomAttribute("href"))
				.map(href -> {
					Matcher id = TASK_ID.matcher(href);
					return id.find() ? id.group(1) : href;
				})
				.toList();
			// the card names the candidate and says when the vote closes
			WebElement card = browser.findElement(By.xpath("//ol[contains(@class,'tasks-list')]/li[.//a[contains(@href,'task=" + ballot + "')]]"));
			assertThat(card.getText()).contains("Cast vote: Browsed SARL (" + partner.getReference() + ")").contains("Due in 7 days");
			// the ballot's form shows the whole candidate read-only, with the choices
			card.findElement(By.cssSelector("h4.task a")).click();
			Browser.waitFor(browser).until(d -> d.findElement(By.tagName("body")).getText().contains("Abstain"));
			Browser.screenshot(browser, "committee-tasklist-" + user);
			assertThat(browser.findElement(By.tagName("body")).getText())
				.contains("Browsed SARL · " + partner.getReference(), "Open the partner's page")
				.contains("Country: FR", "Category: Reseller", "Market: Retail", "Annual revenue: 2500000 EUR",
						"Sales staff: 6", "Technical staff: 4", "Selection criteria: 66 / 100, good candidate")
				.contains("Margin on an average deal: 4200 EUR", "Expected return on investment: 35 %",
						"Expected revenue over 3 years: 950000 EUR", "Meeting: 2026-11-10")
				.contains("Why it wants to work with us: " + TestCommittee.FILE.motivation(),
						"Its business prospects over 3 years: " + TestCommittee.FILE.prospects(), "Approve", "Reject");
			WebElement partnerPage = browser.findElement(By.partialLinkText("Open the partner's page"));
			assertThat(partnerPage.getDomAttribute("href")).isEqualTo("/partners/" + partner.getReference());
			assertThat(partnerPage.getDomAttribute("target")).isEqualTo("_blank");
			// the deadline is a date and a time in the member's zone and format, not an ISO string
			assertThat(deadlineShown(browser)).isEqualTo(expectedDeadline(ballot));
			if (user.equals("claire")) {
				// a reject without a comment is refused, in words for her
				// (the task footer overlays the form's end in a small window: click as a user would after scrolling)
				JavascriptExecutor page = (JavascriptExecutor) browser;
				page.executeScript("arguments[0].click()", browser.findElement(By.xpath("//label[normalize-space()='Reject']")));
				page.executeScript("arguments[0].click()", browser.findElement(By.xpath("//button[normalize-space()='Complete']")));
				Browser.waitFor(browser).until(d -> d.findElement(By.tagName("body")).getText().contains("A reject needs a comment"));
				Browser.screenshot(browser, "committee-tasklist-refused");
				assertThat(browser.findElement(By.tagName("body")).getText()).contains("A reject needs a comment: say why")
					.doesNotContain(ballot);
			}
			return listed;
		}
		finally {
			browser.quit();
		}
	}

	/** The date and time inputs of the deadline, as the member reads them. */
	static String deadlineShown(WebDriver browser) {
		List<WebElement> inputs = browser.findElements(By.xpath(
				"//label[starts-with(normalize-space(.),'Vote deadline')]/ancestor::*[contains(@class,'fjs-form-field')][1]//input[contains(@class,'fjs-input')]"));
		return inputs.stream().map(input -> input.getDomProperty("value")).collect(Collectors.joining(" "));
	}

	/** The vote's deadline as the browser (en-US, UTC) shows it: its locale's date and the 24-hour time. */
	String expectedDeadline(String ballot) {
		Date deadline = (Date) taskService.getVariable(ballot, CommitteeVoteProcess.VOTE_DEADLINE);
		return DateTimeFormatter.ofPattern("M/d/yyyy HH:mm").withZone(ZoneOffset.UTC).format(deadline.toInstant());
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
