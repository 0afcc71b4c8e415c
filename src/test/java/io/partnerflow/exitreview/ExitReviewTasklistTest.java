package io.partnerflow.exitreview;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.Browser;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a manager sees in Tasklist at the month-6 review: the partner, the facts of its plan, and a
 * decision to make; deciding the exit in the form hands the exit conversation to the recruiter.
 */
@IntegrationTest
class ExitReviewTasklistTest {

	static final Instant SIGNED = Instant.parse("2026-01-12T09:00:00Z");

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

	WebDriver browser;

	@AfterEach
	void close() {
		ClockUtil.reset();
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aManagerReadsTheFactsAndDecidesTheExitInTasklist() {
		// given a partner without a deal at month 6 (its plan run with the clock)
		Partner partner = partnerInReviewAtMonthSix();
		Task review = taskService.createTaskQuery()
			.processInstanceBusinessKey(partner.getReference())
			.taskDefinitionKey(ExitReviewProcess.REVIEW_PARTNERSHIP)
			.singleResult();
		ClockUtil.reset();
		browser = Browser.open();

		// when mona opens the task in Tasklist
		login("mona");
		browser.get(url("/camunda/app/tasklist/default/#/?task=" + review.getId()));
		Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
		Browser.screenshot(browser, "exit-review-month-6");

		// then she sees which partner, the facts and the choices
		String form = browser.findElement(By.cssSelector(".fjs-form")).getText();
		assertThat(form).contains(partner.getCompany() + " · " + partner.getReference(), "Open the partner's page",
				"Training", "Deals", "Extend to month 9", "Exit the partnership");
		assertThat(browser.findElements(By.cssSelector(".fjs-form textarea, .fjs-form input"))
			.stream()
			.map(e -> e.getAttribute("value"))
			.toList()).contains("Sales people: not trained\nTechnicians: not trained", "None");

		// when she claims the task, decides the exit and completes it
		click(By.xpath("//*[(self::a or self::button) and normalize-space(.)='Claim']"));
		Browser.waitFor(browser).until(d -> taskService.createTaskQuery().taskId(review.getId()).singleResult()
			.getAssignee() != null);
		click(By.xpath("//label[contains(., 'Exit the partnership')]/preceding-sibling::input | "
				+ "//label[contains(., 'Exit the partnership')]/input | //input[@type='radio' and @value='exit']"));
		Browser.screenshot(browser, "exit-review-month-6-decided");
		click(By.xpath("//button[normalize-space()='Complete']"));
		Browser.waitFor(browser)
			.until(d -> taskService.createTaskQuery().taskId(review.getId()).count() == 0);

		// then the recruiter has the exit conversation to hold
		Task conversation = taskService.createTaskQuery()
			.processInstanceBusinessKey(partner.getReference())
			.taskDefinitionKey(ExitReviewProcess.HOLD_EXIT_CONVERSATION)
			.singleResult();
		assertThat(conversation.getAssignee()).isEqualTo("rita");
	}

	/** Clicks like a user, on an element that may be below the fold. */
	private void click(By element) {
		Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(element));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				browser.findElement(element));
	}

	private Partner partnerInReviewAtMonthSix() {
		ClockUtil.setCurrentTime(Date.from(SIGNED));
		Partner partner = partners.register(TestPartners.candidate("Reviewed"), "rita");
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
			partners.changeStatus(partner.getReference(), status, "rita", null);
		}
		partners.recordContractSignature(partner.getReference(), SIGNED, "luc");
		runtimeService.startProcessInstanceByKey(OnboardingProcess.KEY, partner.getReference(),
				Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED)));
		jobs.runDue();
		ClockUtil.setCurrentTime(Date.from(SIGNED.plus(java.time.Duration.ofDays(101))));
		jobs.runDue();
		Task autonomy = taskService.createTaskQuery()
			.processInstanceBusinessKey(partner.getReference())
			.taskDefinitionKey(OnboardingProcess.REVIEW_AUTONOMY)
			.singleResult();
		taskService.complete(autonomy.getId(), Map.of(OnboardingProcess.VAR_COMMERCIALLY_AUTONOMOUS, "no",
				OnboardingProcess.VAR_COMMERCIAL_AUTONOMY_COMMENT, "No pipeline", OnboardingProcess.VAR_TECHNICALLY_AUTONOMOUS,
				"no", OnboardingProcess.VAR_TECHNICAL_AUTONOMY_COMMENT, "Not trained"));
		ClockUtil.setCurrentTime(Date.from(SIGNED.atZone(ZoneOffset.UTC).plusMonths(6).plusHours(1).toInstant()));
		jobs.runDue();
		assertThat(partners.get(partner.getReference()).getStatus()).isEqualTo(PartnerStatus.EXIT_REVIEW);
		return partners.get(partner.getReference());
	}

	private void login(String user) {
		browser.get(url("/camunda/app/tasklist/default/"));
		Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
		browser.findElement(By.cssSelector("input[type=text], input[name=username], input#username")).sendKeys(user);
		browser.findElement(By.cssSelector("input[type=password]")).sendKeys(user);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		Browser.waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
