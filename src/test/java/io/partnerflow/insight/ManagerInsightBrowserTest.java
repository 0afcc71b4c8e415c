package io.partnerflow.insight;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.Browser;
import io.partnerflow.support.FreshVersion;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a manager sees in Cockpit, in headless Chromium: mona (managers, not admin) opens the
 * recruitment's diagram and reads its heat in each view, a version without history says so, and
 * the dashboard carries the partner KPIs. The page reports no error on its console.
 */
@IntegrationTest
class ManagerInsightBrowserTest {

	static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	TaskService taskService;

	@Autowired
	Jobs jobs;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final ObjectMapper json = new ObjectMapper();

	WebDriver browser;

	FreshVersion recruitment;

	FreshVersion exitReview;

	@AfterEach
	void close() {
		if (browser != null) {
			Browser.screenshot(browser, "cockpit-manager-insight-last");
			System.out.println("CONSOLE " + browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll());
			browser.quit();
		}
		for (FreshVersion version : new FreshVersion[] { recruitment, exitReview }) {
			if (version != null) {
				version.close();
			}
		}
		ClockUtil.reset();
	}

	@Test
	void aManagerReadsTheHeatOfTheRecruitmentAndThePartnerKpisInCockpit() throws Exception {
		// given three candidates in a version of the recruitment of their own: one declined after two hours
		recruitment = FreshVersion.of(repositoryService, RecruitmentProcess.KEY);
		ClockUtil.setCurrentTime(Date.from(T0));
		String declined = list("Declined");
		list("Waiting one");
		list("Waiting two");
		ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(2))));
		approachNotInterested(declined);
		ClockUtil.reset();

		// when mona logs into Cockpit and opens the recruitment's diagram
		browser = Browser.open();
		WebDriverWait wait = Browser.waitFor(browser);
		login(wait);
		browser.get(cockpit("#/process-definition/" + recruitment.processDefinitionId() + "/runtime"));

		// then every step partners reached is heated, with the number of partners that passed there
		wait.until(d -> badge(RecruitmentProcess.APPROACH_CANDIDATE) != null);
		assertThat(badge(RecruitmentProcess.START_EVENT).getText()).isEqualTo("3");
		assertThat(badge(RecruitmentProcess.APPROACH_CANDIDATE).getText()).isEqualTo("3");
		assertThat(badge(RecruitmentProcess.END_DECLINED).getText()).isEqualTo("1");
		assertThat(browser.findElements(By.cssSelector(".pf-heat"))).hasSameSizeAs(browser.findElements(By.cssSelector(".pf-heat-badge")));
		assertThat(browser.findElement(By.cssSelector(".pf-heat-legend-bar")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.cssSelector(".pf-heat-panel")).getText()).contains("3 partners in this version");
		assertThat(browser.findElement(By.cssSelector(".pf-heat[data-activity-id='" + RecruitmentProcess.START_EVENT + "']"))
			.getAttribute("data-heat")).isEqualTo("1.000");
		Browser.screenshot(browser, "cockpit-heat-partners-passed");

		// when she switches to the time spent, then the approach shows its two hours
		view("duration");
		wait.until(d -> badge(RecruitmentProcess.APPROACH_CANDIDATE).getText().equals("2.0 h"));
		Browser.screenshot(browser, "cockpit-heat-time-spent");

		// when she switches to where partners ended, then only the end where the declined one left is heated
		view("ended");
		wait.until(d -> badge(RecruitmentProcess.START_EVENT) == null);
		assertThat(browser.findElements(By.cssSelector(".pf-heat-badge"))).hasSize(1);
		assertThat(badge(RecruitmentProcess.END_DECLINED).getText()).isEqualTo("1 · 33%");
		Browser.screenshot(browser, "cockpit-heat-partners-ended");
		// zoomed in, as a manager reads a large model: the figures stay beside the labels
		view("passed");
		browser.findElement(By.cssSelector(".navigation.zoom .in")).click();
		browser.findElement(By.cssSelector(".navigation.zoom .in")).click();
		wait.until(d -> badge(RecruitmentProcess.APPROACH_CANDIDATE).isDisplayed());
		Browser.screenshot(browser, "cockpit-heat-zoomed");
		assertThat(Browser.consoleErrors(browser)).as("console errors on the recruitment's diagram").isEmpty();

		// when she opens a version of the exit review that no partner went through, then it says so
		exitReview = FreshVersion.of(repositoryService, ExitReviewProcess.KEY);
		browser.get(cockpit("#/process-definition/" + exitReview.processDefinitionId() + "/runtime"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pf-heat-panel"), "No history yet"));
		assertThat(browser.findElements(By.cssSelector(".pf-heat-badge"))).isEmpty();
		Browser.screenshot(browser, "cockpit-heat-no-history");
		assertThat(Browser.consoleErrors(browser)).as("console errors on a diagram without history").isEmpty();

		// when she opens the dashboard, then the partner KPIs are there, or a clear message while they cannot be read
		browser.get(cockpit("#/dashboard"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pf-funnel, .pf-kpi-error")));
		Browser.screenshot(browser, "cockpit-kpi-dashboard");
		List<WebElement> error = browser.findElements(By.cssSelector(".pf-kpi-error"));
		if (error.isEmpty()) {
			assertThat(browser.findElements(By.cssSelector(".pf-funnel-row"))).hasSize(8);
			assertThat(browser.findElement(By.cssSelector("input[name='from']")).getAttribute("value")).isNotEmpty();
			assertThat(Browser.consoleErrors(browser)).as("console errors on the dashboard").isEmpty();
		}
		else {
			assertThat(error.get(0).getText()).startsWith("The partner KPIs cannot be shown: HTTP");
			// the browser reports the failed call itself; nothing else may fail
			assertThat(Browser.consoleErrors(browser)).as("console errors on the dashboard")
				.allMatch(message -> message.contains("/api/kpis"));
		}
	}

	private WebElement badge(String activityId) {
		return browser.findElements(By.cssSelector(".pf-heat-badge[data-activity-id='" + activityId + "']"))
			.stream()
			.findFirst()
			.orElse(null);
	}

	private void view(String view) {
		browser.findElement(By.cssSelector(".pf-heat-views button[data-view='" + view + "']")).click();
	}

	private void login(WebDriverWait wait) {
		browser.get(cockpit(""));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='password']")));
		browser.findElement(By.cssSelector("form input[type='text']")).sendKeys("mona");
		browser.findElement(By.cssSelector("input[type='password']")).sendKeys("mona", Keys.ENTER);
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pf-kpis")));
		// before login Cockpit asks who is logged in and gets its 404s: not ours, left out
		Browser.consoleErrors(browser);
	}

	private String cockpit(String fragment) {
		return "http://localhost:" + port + "/camunda/app/cockpit/default/" + fragment;
	}

	private String list(String name) throws Exception {
		String company = "Heat " + name + " " + run;
		String body = json.writeValueAsString(Map.of("company", company, "country", "FR", "market", "Retail", "category",
				"VAR", "contactName", "Anne Martin", "contactEmail",
				"anne@" + company.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example", "annualRevenue", 3_000_000,
				"salesStaff", 5, "technicalStaff", 3, "competingSuppliers", 4));
		HttpResponse<String> listed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/candidates"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("rita:rita".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
		jobs.runDue();
		return json.readTree(listed.body()).path("reference").asText();
	}

	private void approachNotInterested(String reference) {
		Task task = taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(RecruitmentProcess.APPROACH_CANDIDATE)
			.singleResult();
		taskService.complete(task.getId(),
				Map.of(RecruitmentProcess.MEETING_DATE, "2026-03-02", RecruitmentProcess.AVERAGE_DEAL_MARGIN, 4000,
						RecruitmentProcess.EXPECTED_REVENUE_3_YEARS, 900000, RecruitmentProcess.EXPECTED_ROI, 35,
						RecruitmentProcess.CANDIDATE_INTERESTED, RecruitmentProcess.INTERESTED_NO));
		jobs.runDue();
	}

}
