package io.partnerflow.partnerpage;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.Browser;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recruiter opens a partner's page in headless Chromium: without a login she is sent to the
 * webapps' login; logged into Tasklist she reads the partner's timeline with people's names and
 * opens the partner's open task in Tasklist from the page; the task's form links back to the page.
 */
@IntegrationTest
class PartnerPageBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Jobs jobs;

	@Autowired
	TaskService taskService;

	WebDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			Browser.screenshot(browser, "partner-page");
			browser.quit();
		}
	}

	@Test
	void aRecruiterLoggedIntoTasklistReadsThePartnersTimelineAndOpensItsTask() throws Exception {
		// given a candidate rita listed through the API, waiting to be approached
		String company = "Paged " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> listed = new ApiClient(URI.create(base()), "rita", "rita").postJson("/api/candidates",
				new ObjectMapper().writeValueAsString(java.util.Map.of("company", company, "country", "FR", "market",
						"Retail", "category", "VAR", "contactName", "Anne Martin", "contactEmail",
						"anne@" + company.toLowerCase().replace(' ', '-') + ".example", "annualRevenue", 3_000_000,
						"salesStaff", 5, "technicalStaff", 3, "competingSuppliers", 4)));
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
		String reference = new ObjectMapper().readTree(listed.body()).path("reference").asText();
		jobs.runDue();
		Task approach = taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(RecruitmentProcess.APPROACH_CANDIDATE)
			.singleResult();
		assertThat(approach).isNotNull();
		browser = Browser.open();
		WebDriverWait wait = Browser.waitFor(browser);

		// when she opens the page without a login, she is sent to the webapps' login
		browser.get(base() + "/partners/" + reference);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='password']")));
		assertThat(browser.getCurrentUrl()).contains("/camunda/app/welcome/");

		// when she logs into Tasklist and opens the page again
		browser.get(base() + "/camunda/app/tasklist/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='password']")));
		browser.findElement(By.cssSelector("form input[type='text']")).sendKeys("rita");
		browser.findElement(By.cssSelector("input[type='password']")).sendKeys("rita", Keys.ENTER);
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
		browser.get(base() + "/partners/" + reference);

		// then the page shows the partner and its timeline, named by people
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline")));
		Browser.screenshot(browser, "partner-page-timeline");
		assertThat(browser.findElement(By.id("company")).getText()).isEqualTo(company);
		String timeline = browser.findElement(By.id("timeline")).getText();
		assertThat(timeline).contains("Rita Recruiter", "Listed as candidate");
		assertThat(browser.findElement(By.id("recruiter")).getText()).isEqualTo("Rita Recruiter");

		// when she follows the page's link to her open task, Tasklist opens it
		browser.findElement(By.partialLinkText("Approach candidate")).click();
		wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//label[starts-with(normalize-space(.),'Meeting date')]")));
		assertThat(browser.getCurrentUrl()).contains("task=" + approach.getId());

		// and the task's form links back to the partner's page, which opens in a tab of its own
		String tasklist = browser.getWindowHandle();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='/partners/" + reference + "']"))).click();
		wait.until(ExpectedConditions.numberOfWindowsToBe(2));
		browser.getWindowHandles().stream().filter(handle -> !handle.equals(tasklist)).findFirst()
			.ifPresent(handle -> browser.switchTo().window(handle));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline")));
		assertThat(browser.findElement(By.id("company")).getText()).isEqualTo(company);
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Listed as candidate");
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
