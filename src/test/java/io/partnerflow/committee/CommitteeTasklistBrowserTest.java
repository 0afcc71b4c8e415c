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

		// when each logs in to Tasklist: carl reads English, claire French (her choice, and her browser's language)
		List<String> carlSees = ballotsListedFor("carl", "en-US", carlsBallot, partner);
		List<String> claireSees = ballotsListedFor("claire", "fr-FR", clairesBallot, partner);

		// then
		assertThat(claireSees).contains(clairesBallot).doesNotContain(carlsBallot);
		assertThat(carlSees).contains(carlsBallot).doesNotContain(clairesBallot);
		assertThat(claireSees).allSatisfy(id -> assertThat(assigneeOf(id)).isEqualTo("claire"));
		assertThat(carlSees).allSatisfy(id -> assertThat(assigneeOf(id)).isEqualTo("carl"));
	}

	/** The ballots the member's Tasklist lists; opens this vote's ballot and checks what it shows. */
	List<String> ballotsListedFor(String user, String language, String ballot, Partner partner) {
		boolean french = language.startsWith("fr");
		WebDriver browser = Browser.open(language);
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
			assertThat(card.getText()).contains((french ? "Voter" : "Cast vote") + ": Browsed SARL (" + partner.getReference() + ")")
				// (Tasklist words its relative times once its language's dates are loaded: "Échéance dans 7 jours")
				.contains(french ? "Échéance" : "Due in 7 days");
			assertThat(browser.findElement(By.tagName("body")).getText()).contains(french ? "Mes tâches" : "My tasks");
			// the ballot's form shows the whole candidate read-only, with the choices
			card.findElement(By.cssSelector("h4.task a")).click();
			Browser.waitFor(browser).until(d -> d.findElement(By.tagName("body")).getText().contains(french ? "S'abstenir" : "Abstain"));
			Browser.screenshot(browser, "committee-tasklist-" + user);
			String page = browser.findElement(By.tagName("body")).getText();
			if (french) {
				// Tasklist around the form in French (the community's translation), the form in French
				assertThat(page).contains("Terminer")
					.contains("Browsed SARL · " + partner.getReference(), "Ouvrir la page du partenaire")
					.contains("Pays : FR", "Catégorie : Reseller", "Marché : Retail", "Chiffre d'affaires annuel : 2500000 EUR",
							"Effectif commercial : 6", "Effectif technique : 4", "Critères de sélection : 66 / 100, good candidate")
					.contains("Pourquoi il souhaite travailler avec nous : " + TestCommittee.FILE.motivation(), "Approuver",
							"Rejeter", "Votre vote")
					.doesNotContain("Open the partner's page", "Your vote", "Complete");
			}
			else {
				assertThat(page).contains("Browsed SARL · " + partner.getReference(), "Open the partner's page")
					.contains("Country: FR", "Category: Reseller", "Market: Retail", "Annual revenue: 2500000 EUR",
							"Sales staff: 6", "Technical staff: 4", "Selection criteria: 66 / 100, good candidate")
					.contains("Margin on an average deal: 4200 EUR", "Expected return on investment: 35 %",
							"Expected revenue over 3 years: 950000 EUR", "Meeting: 2026-11-10")
					.contains("Why it wants to work with us: " + TestCommittee.FILE.motivation(),
							"Its business prospects over 3 years: " + TestCommittee.FILE.prospects(), "Approve", "Reject");
			}
			WebElement partnerPage = browser.findElement(By.partialLinkText(french ? "Ouvrir la page du partenaire"
					: "Open the partner's page"));
			assertThat(partnerPage.getDomAttribute("href")).isEqualTo("/partners/" + partner.getReference());
			assertThat(partnerPage.getDomAttribute("target")).isEqualTo("_blank");
			if (!french) {
				// the deadline is a date and a time in the member's zone and format, not an ISO string
				assertThat(deadlineShown(browser)).isEqualTo(expectedDeadline(ballot));
				// a reject without a comment is refused, in words for him
				// (the task footer overlays the form's end in a small window: click as a user would after scrolling)
				JavascriptExecutor script = (JavascriptExecutor) browser;
				script.executeScript("arguments[0].click()", browser.findElement(By.xpath("//label[normalize-space()='Reject']")));
				script.executeScript("arguments[0].click()", browser.findElement(By.xpath("//button[normalize-space()='Complete']")));
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
