package io.partnerflow.insight;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.simulation.LifecycleSimulator;
import io.partnerflow.simulation.SimulationSettings;
import io.partnerflow.support.Browser;
import io.partnerflow.support.FreshVersion;
import io.partnerflow.support.Jobs;
import io.partnerflow.system.ProcessKeys;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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

	@Autowired
	LifecycleSimulator simulator;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final ObjectMapper json = new ObjectMapper();

	WebDriver browser;

	FreshVersion recruitment;

	FreshVersion exitReview;

	@AfterEach
	void close() {
		if (browser != null) {
			Browser.screenshot(browser, "cockpit-manager-insight-last");
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
		// (the diagram hides its overlays while it zooms to fit, then shows them)
		wait.until(d -> badge(RecruitmentProcess.APPROACH_CANDIDATE) != null && badge(RecruitmentProcess.START_EVENT).isDisplayed());
		assertThat(badge(RecruitmentProcess.START_EVENT).getText()).isEqualTo("3");
		assertThat(badge(RecruitmentProcess.APPROACH_CANDIDATE).getText()).isEqualTo("3");
		assertThat(badge(RecruitmentProcess.END_DECLINED).getText()).isEqualTo("1");
		assertThat(browser.findElements(By.cssSelector(".pf-heat"))).hasSameSizeAs(browser.findElements(By.cssSelector(".pf-heat-badge-step")));
		assertThat(browser.findElement(By.cssSelector(".pf-heat-legend-bar")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.cssSelector(".pf-heat-panel")).getText()).contains("3 partners in the period");
		// and which way they went at each gateway: all three were eligible, one of them not interested (a flow's
		// figure may wait for a zoom that leaves it room: its text is there all the same)
		assertThat(badge(RecruitmentProcess.FLOW_CANDIDATE_ELIGIBLE_YES).getDomProperty("textContent")).isEqualTo("3");
		assertThat(badge(RecruitmentProcess.FLOW_CANDIDATE_ELIGIBLE_NO).getDomProperty("textContent")).isEqualTo("0");
		assertThat(badge(RecruitmentProcess.FLOW_CANDIDATE_INTERESTED_NO).getDomProperty("textContent")).isEqualTo("1");
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
		assertThat(browser.findElement(By.cssSelector(".pf-heat-panel")).getText()).contains("Success", "Loss");
		Browser.screenshot(browser, "cockpit-heat-partners-ended");
		// a period without these partners has no figures, but the two that wait still wait
		period("custom");
		dates("2026-04-01", "2026-04-30");
		wait.until(d -> badge(RecruitmentProcess.END_DECLINED) == null);
		view("running");
		wait.until(d -> badge(RecruitmentProcess.APPROACH_CANDIDATE) != null);
		assertThat(badge(RecruitmentProcess.APPROACH_CANDIDATE).getText()).isEqualTo("2");
		assertThat(badge(RecruitmentProcess.START_EVENT)).isNull();
		period("all");
		view("ended");
		wait.until(d -> badge(RecruitmentProcess.END_DECLINED) != null);
		// the legend folds away when it hides a corner of the diagram, the views stay at hand
		browser.findElement(By.cssSelector(".pf-heat-fold")).click();
		assertThat(browser.findElement(By.cssSelector(".pf-heat-legend")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.cssSelector(".pf-heat-views button[data-view='passed']")).isDisplayed()).isTrue();
		browser.findElement(By.cssSelector(".pf-heat-fold")).click();
		assertThat(browser.findElement(By.cssSelector(".pf-heat-legend")).isDisplayed()).isTrue();
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

		// when she opens the dashboard, then the partner KPIs are there
		browser.get(cockpit("#/dashboard"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".pf-funnel-row"), 8));
		showKpis();
		Browser.screenshot(browser, "cockpit-kpi-dashboard");
		assertThat(browser.findElement(By.cssSelector("input[name='from']")).getAttribute("value")).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector(".pf-kpi-error"))).isEmpty();
		assertChartsDrawn(wait);
		Browser.screenshot(browser, "cockpit-kpi-dashboard-charts");
		assertThat(Browser.consoleErrors(browser)).as("console errors on the dashboard").isEmpty();
	}

	@Test
	void afterASimulatedYearTheManagerSeesWherePartnersGoAndTheirKpis() throws Exception {
		// given a simulated year of 12 partners listed in January 2023, through the models every partner uses
		simulateAYear();
		ProcessDefinition latest = latest(RecruitmentProcess.KEY);

		// when mona logs into Cockpit and opens the recruitment's diagram
		browser = Browser.open();
		WebDriverWait wait = Browser.waitFor(browser);
		login(wait);
		browser.get(cockpit("#/process-definition/" + latest.getId() + "/runtime"));

		// then the heat overlays and their legend are on the diagram, the start counting the simulated partners
		wait.until(d -> badge(RecruitmentProcess.START_EVENT) != null && badge(RecruitmentProcess.START_EVENT).isDisplayed());
		assertThat(Integer.parseInt(badge(RecruitmentProcess.START_EVENT).getText())).isGreaterThanOrEqualTo(12);
		assertThat(browser.findElements(By.cssSelector(".pf-heat"))).hasSizeGreaterThan(5);
		assertThat(browser.findElement(By.cssSelector(".pf-heat-legend-bar")).isDisplayed()).isTrue();
		Browser.screenshot(browser, "cockpit-heat-simulated-year");
		view("ended");
		wait.until(d -> badge(RecruitmentProcess.END_PARTNER_SIGNED) != null);
		Browser.screenshot(browser, "cockpit-heat-simulated-year-ended");

		// when she asks the dashboard for the partners listed in 2023, then the funnel starts with the 12
		browser.get(cockpit("#/dashboard"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".pf-funnel-row"), 8));
		((JavascriptExecutor) browser).executeScript("""
				document.querySelector("input[name='from']").value = '2023-01-01';
				document.querySelector("input[name='to']").value = '2023-12-31';""");
		browser.findElement(By.xpath("//form[contains(@class,'pf-kpi-period')]//button[normalize-space()='Show']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pf-funnel-row[data-step='LISTED']"),
				"12 · 100%"));
		showKpis();
		Browser.screenshot(browser, "cockpit-kpi-dashboard-simulated-year");
		assertThat(browser.findElements(By.cssSelector(".pf-recruiters tbody tr"))).isNotEmpty();
		assertThat(Browser.consoleErrors(browser)).as("console errors after the simulated year").isEmpty();
	}

	/** Every model of {@code bpmn/}: each has a diagram managers read in Cockpit. */
	static final List<String> MODELS = List.of(ProcessKeys.RECRUITMENT, ProcessKeys.COMMITTEE_VOTE, ProcessKeys.ONBOARDING,
			ProcessKeys.EXIT_REVIEW, ProcessKeys.DEAL_REGISTRATION);

	static final List<String> VIEWS = List.of("passed", "running", "duration", "ended");

	/**
	 * What may be wrong with the figures on the diagram shown: a figure over the text of a label (bpmn-js draws
	 * every label, inside a task or beside an event, gateway or flow, as a {@code text} of a {@code .djs-element}),
	 * cut by the diagram's visible edge or under the panel; and any element of the diagram under the panel.
	 */
	static final String LAYOUT_PROBLEMS = """
			const container = document.querySelector('.pf-heat-panel').parentElement;
			const edge = container.getBoundingClientRect();
			const panel = document.querySelector('.pf-heat-panel').getBoundingClientRect();
			const over = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5
			  && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
			const labels = [...container.querySelectorAll('.djs-element text')]
			  .filter((text) => text.textContent.trim())
			  .map((text) => ({ text: text.textContent.trim(), box: text.getBoundingClientRect() }))
			  .filter(({ box }) => box.width > 0 && box.height > 0);
			const problems = [];
			const badges = [...container.querySelectorAll('.pf-heat-badge')]
			  .filter((badge) => badge.offsetParent && getComputedStyle(badge).visibility !== 'hidden');
			for (const badge of badges) {
			  const box = badge.getBoundingClientRect();
			  const name = `${badge.dataset.activityId} "${badge.textContent}"`;
			  if (box.left < edge.left - 0.5 || box.right > edge.right + 0.5 || box.top < edge.top - 0.5
			      || box.bottom > edge.bottom + 0.5) {
			    problems.push(`${name} is cut by the edge`);
			  }
			  if (over(box, panel)) {
			    problems.push(`${name} is under the panel`);
			  }
			  labels.filter((label) => over(box, label.box)).forEach((label) => problems.push(`${name} hides "${label.text}"`));
			}
			for (const shape of container.querySelectorAll('.djs-shape .djs-visual')) {
			  if (over(shape.getBoundingClientRect(), panel)) {
			    problems.push(`the panel covers ${shape.closest('.djs-element').dataset.elementId}`);
			  }
			}
			return [badges.length, ...problems];""";

	@Test
	void onEveryModelTheFiguresLeaveTheLabelsReadableAndStayInView() throws Exception {
		// given a simulated year, so that every model the partners went through has its history
		simulateAYear();

		// when mona opens the diagram of every model, in each view of its heat
		browser = Browser.open();
		WebDriverWait wait = Browser.waitFor(browser);
		login(wait);
		int figures = 0;
		for (String model : MODELS) {
			ProcessDefinition latest = latest(model);
			List<WebElement> previous = browser.findElements(By.cssSelector(".pf-heat-panel"));
			browser.get(cockpit("#/process-definition/" + latest.getId() + "/runtime"));
			previous.forEach(panel -> wait.until(ExpectedConditions.stalenessOf(panel)));
			wait.until(d -> d.findElement(By.cssSelector(".pf-heat-views button[data-view='passed']")).isEnabled());
			for (String view : VIEWS) {
				view(view);
				List<?> layout = layout();
				Browser.screenshot(browser, "cockpit-heat-" + model + "-" + view);

				// then no figure hides a label, none is cut by the diagram's edge, the panel covers nothing
				assertThat(layout.subList(1, layout.size())).as("%s, view %s", model, view).isEmpty();
				figures += ((Number) layout.get(0)).intValue();
			}
		}
		assertThat(figures).as("figures checked on all the models").isGreaterThan(40);
		assertThat(Browser.consoleErrors(browser)).as("console errors on the models' diagrams").isEmpty();
	}

	@Test
	void theLegendFoldedOnOneModelIsOpenOnTheNext() {
		// given mona folded the legend on the recruitment's diagram
		ProcessDefinition recruitmentModel = latest(ProcessKeys.RECRUITMENT);
		ProcessDefinition committee = latest(ProcessKeys.COMMITTEE_VOTE);
		browser = Browser.open();
		WebDriverWait wait = Browser.waitFor(browser);
		login(wait);
		browser.get(cockpit("#/process-definition/" + recruitmentModel.getId() + "/runtime"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pf-heat-legend")));
		browser.findElement(By.cssSelector(".pf-heat-fold")).click();
		assertThat(browser.findElement(By.cssSelector(".pf-heat-legend")).isDisplayed()).isFalse();

		// when she opens the committee vote's diagram, then its legend is open
		browser.get(cockpit("#/process-definition/" + committee.getId() + "/runtime"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pf-heat-legend")));
		assertThat(browser.findElements(By.cssSelector(".pf-heat-panel.pf-folded"))).isEmpty();

		// when she comes back to the recruitment, then it is folded as she left it
		browser.get(cockpit("#/process-definition/" + recruitmentModel.getId() + "/runtime"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pf-heat-panel.pf-folded")));
		assertThat(browser.findElement(By.cssSelector(".pf-heat-legend")).isDisplayed()).isFalse();
		assertThat(Browser.consoleErrors(browser)).as("console errors while folding").isEmpty();
	}

	/**
	 * The figures checked and the problems of their layout ({@link #LAYOUT_PROBLEMS}), once they are placed: the
	 * diagram shows them after its zoom to fit and they find their places then, so a layout is read again for up to
	 * three seconds until it has no problem.
	 */
	private List<?> layout() throws InterruptedException {
		List<?> layout = List.of();
		for (int attempt = 0; attempt < 10; attempt++) {
			Thread.sleep(300);
			layout = (List<?>) ((JavascriptExecutor) browser).executeScript(LAYOUT_PROBLEMS);
			if (layout.size() == 1) {
				break;
			}
		}
		return layout;
	}

	private ProcessDefinition latest(String model) {
		return repositoryService.createProcessDefinitionQuery().processDefinitionKey(model).latestVersion().singleResult();
	}

	/** Whether this class's simulated year ran: its two tests read the same year, it runs once. */
	static boolean simulated;

	/**
	 * The simulated year, once for the class: a second run of the same settings lists no partner again
	 * (each is already listed) and walks the same year for nothing.
	 */
	private void simulateAYear() {
		if (simulated) {
			return;
		}
		simulated = true;
		simulator.run(new SimulationSettings(12, 11, 500, 20, LocalDate.of(2023, 1, 2), false, false, 0.6, 0.33, 0.1,
				0.8, false), Duration.ofMinutes(1), progress -> {
				});
	}

	/** The answer of {@code GET /api/kpis} as its contract gives it. */
	static final String KPIS = """
			{"from":"2025-11-23","to":"2026-11-23",
			 "timeToRecruit":{"averageDays":61.4,"partners":120},
			 "timeToFirstDeal":{"averageDays":48.0,"partners":50},
			 "timeToCommercialAutonomy":{"averageDays":99.0,"partners":40},
			 "timeToTechnicalAutonomy":{"averageDays":null,"partners":0},
			 "activeSixMonthsAfterSignature":{"rate":0.42,"active":21,"partners":50},
			 "contractSignatureRate":{"rate":0.71,"signed":71,"partners":100},
			 "funnel":[{"step":"LISTED","partners":300},{"step":"ELIGIBLE","partners":250},{"step":"APPROACHED","partners":200},
			           {"step":"APPLIED","partners":100},{"step":"APPROVED","partners":80},{"step":"SIGNED","partners":71},
			           {"step":"ACTIVE","partners":40},{"step":"EXITED","partners":12}],
			 "recruiters":[{"key":"rita","name":"Rita Recruiter","listed":150,"applicationFiles":60,"signed":40,"businessPlansSigned":35,"activeAfterStartUp":16},
			               {"key":"raoul","name":"Raoul Recruiter","listed":150,"applicationFiles":40,"signed":31,"businessPlansSigned":30,"activeAfterStartUp":12}],
			 "sources":[{"key":"NOT_RECORDED","name":"Not recorded","listed":20,"applicationFiles":5,"signed":3,"businessPlansSigned":3,"activeAfterStartUp":1,"activeSixMonthsAfterSignature":{"rate":0.50,"active":1,"partners":2}},
			            {"key":"TRADE_FAIR","name":"Trade fair","listed":280,"applicationFiles":95,"signed":68,"businessPlansSigned":62,"activeAfterStartUp":27,"activeSixMonthsAfterSignature":{"rate":0.56,"active":27,"partners":48}}],
			 "markets":[{"key":"Retail","name":"Retail","listed":300,"applicationFiles":100,"signed":71,"businessPlansSigned":65,"activeAfterStartUp":28,"activeSixMonthsAfterSignature":{"rate":0.56,"active":28,"partners":50}}],
			 "categories":[]}
			""";

	/** The answer of {@code GET /api/kpis/trend?months=12} as its contract gives it: the months of {@link #KPIS}. */
	String trend() throws Exception {
		com.fasterxml.jackson.databind.node.ObjectNode trend = json.createObjectNode();
		com.fasterxml.jackson.databind.node.ArrayNode months = trend.putArray("months");
		for (int i = 0; i < 12; i++) {
			LocalDate first = LocalDate.of(2025, 12, 1).plusMonths(i);
			com.fasterxml.jackson.databind.node.ObjectNode month = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(KPIS);
			month.put("from", first.toString()).put("to", first.plusMonths(1).minusDays(1).toString());
			// a month without a partner that applied has no signature rate: a gap in its line
			month.with("contractSignatureRate").put("rate", i == 3 ? null : BigDecimal.valueOf(50 + i, 2));
			months.add(month);
		}
		trend.put("from", "2025-12-01").put("to", "2026-11-30");
		return json.writeValueAsString(trend);
	}

	/** Answers the KPI calls of the page as their contract says, and keeps the URLs of the period's calls. */
	static final String ANSWER_KPIS = """
			const [answer, trend] = [arguments[0], arguments[1]];
			const fetch = window.fetch;
			window.kpiCalls = [];
			window.fetch = (url, options) => {
			  if (String(url).includes('/api/kpis/trend')) {
			    return Promise.resolve(new Response(trend, { status: 200, headers: { 'Content-Type': 'application/json' } }));
			  }
			  if (String(url).includes('/api/kpis')) {
			    window.kpiCalls.push(String(url));
			    return Promise.resolve(new Response(answer, { status: 200, headers: { 'Content-Type': 'application/json' } }));
			  }
			  return fetch(url, options);
			};""";

	@Test
	void theDashboardDrawsTheKpisOfTheirContract() throws Exception {
		// given mona in Cockpit, and the KPI service answering as its contract says
		browser = Browser.open();
		WebDriverWait wait = Browser.waitFor(browser);
		login(wait);
		((JavascriptExecutor) browser).executeScript(ANSWER_KPIS, KPIS, trend());

		// when she opens the dashboard
		browser.get(cockpit("#/processes"));
		browser.get(cockpit("#/dashboard"));

		// then the funnel, the times with the partners they are computed from, the rates and the recruiters are there
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".pf-funnel-row"), 8));
		assertThat(browser.findElement(By.cssSelector(".pf-funnel-row[data-step='LISTED']")).getText()).contains("Listed", "300 · 100%");
		assertThat(browser.findElement(By.cssSelector(".pf-funnel-row[data-step='SIGNED']")).getText()).contains("Signed", "71 · 24%");
		String figures = browser.findElement(By.cssSelector(".pf-kpi-grid")).getText();
		assertThat(figures).contains("Time to recruit", "61.4 days", "average of 120 partners", "48 days",
				"Time to technical autonomy", "no partner yet", "71%", "71 signed of 100 that applied", "42%",
				"21 of 50 signed at least 6 months ago");
		assertThat(browser.findElements(By.cssSelector(".pf-recruiters tbody tr"))).hasSize(2);
		assertThat(browser.findElement(By.cssSelector(".pf-recruiters tbody tr")).getText()).isEqualTo("Rita Recruiter 150 60 40 35 16");
		// and the figures by source first, then by market when she chooses it, each column with its definition
		assertThat(browser.findElements(By.cssSelector(".pf-breakdown[data-breakdown='sources'] tbody tr")))
			.extracting(WebElement::getText)
			.containsExactly("Not recorded 20 5 3 3 1 50%", "Trade fair 280 95 68 62 27 56%");
		assertThat(browser.findElement(By.cssSelector(".pf-breakdown th")).getDomAttribute("title"))
			.startsWith("Where the recruiter found the candidates");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector(".pf-breakdown-choice")))
			.selectByValue("markets");
		assertThat(browser.findElements(By.cssSelector(".pf-breakdown[data-breakdown='markets'] tbody tr")))
			.extracting(WebElement::getText)
			.containsExactly("Retail 300 100 71 65 28 56%");
		assertThat(browser.findElement(By.cssSelector("input[name='from']")).getAttribute("value")).isEqualTo("2025-11-23");
		showKpis();
		assertChartsDrawn(wait);
		assertThat(browser.findElement(By.cssSelector(".pf-kpi-trend h4")).getText()).isEqualTo("The last 12 months, month by month");
		// and this year's progress against its recruitment plan, or why there is none, with the plan's page
		WebElement plan = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector(".pf-kpi-plan .pf-plan-total, .pf-kpi-plan .pf-plan-none")));
		assertThat(browser.findElement(By.cssSelector(".pf-kpi-plan h4")).getText())
			.startsWith("Recruitment plan " + java.time.Year.now(java.time.ZoneOffset.UTC));
		assertThat(plan.getText()).matches("(?s).*(partners signed|No recruitment plan for).*");
		assertThat(browser.findElement(By.cssSelector(".pf-kpi-plan h4 a")).getDomAttribute("href"))
			.endsWith("/plans/" + java.time.Year.now(java.time.ZoneOffset.UTC));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
				browser.findElement(By.cssSelector(".pf-kpi-trend")));
		Browser.screenshot(browser, "cockpit-kpi-dashboard-trend");
		Browser.screenshot(browser, "cockpit-kpi-dashboard-contract");

		// when she picks another period, then the KPIs of that period are asked for
		((JavascriptExecutor) browser).executeScript("document.querySelector(\"input[name='from']\").value = '2026-01-01';");
		browser.findElement(By.xpath("//form[contains(@class,'pf-kpi-period')]//button[normalize-space()='Show']")).click();
		wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript("return window.kpiCalls.at(-1)"))
			.endsWith("/api/kpis?from=2026-01-01&to=2026-11-23"));
		assertThat(Browser.consoleErrors(browser)).as("console errors on the dashboard").isEmpty();
	}

	@Test
	void aManagerWhoseBrowserSpeaksFrenchReadsCockpitAndTheDashboardInFrench() throws Exception {
		// given mona in Cockpit with a French browser, and the KPI service answering as its contract says
		browser = Browser.open("fr-FR");
		WebDriverWait wait = Browser.waitFor(browser);
		login(wait);
		((JavascriptExecutor) browser).executeScript(ANSWER_KPIS, KPIS, trend());

		// when she opens the dashboard
		browser.get(cockpit("#/processes"));
		browser.get(cockpit("#/dashboard"));

		// then Cockpit is in French (PartnerFlow's translation) and so are the KPIs, with French numbers
		// (the browser reads no-break spaces as spaces)
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".pf-funnel-row"), 8));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("Processus", "Décisions",
				"Instances de processus en cours d'exécution");
		assertThat(browser.findElement(By.cssSelector(".pf-funnel-row[data-step='LISTED']")).getText())
			.contains("Enregistrés", "300 · 100 %");
		WebElement grid = browser.findElement(By.cssSelector(".pf-kpi-grid"));
		assertThat(grid.getText()).contains("Délai de recrutement", "61,4 jours", "Taux de signature de contrat")
			.doesNotContain("Time to recruit", "days");
		// each figure says what it counts, and the figures of the period can be downloaded
		assertThat(grid.findElement(By.xpath(".//*[normalize-space()='Délai de recrutement']")).getDomProperty("title"))
			.startsWith("Durée moyenne de l'enregistrement à la signature du contrat");
		WebElement export = browser.findElement(By.cssSelector(".pf-kpi-export a"));
		assertThat(export.getText()).isEqualTo("Télécharger les KPI (CSV)");
		assertThat(export.getDomAttribute("href")).endsWith("/api/kpis/export.csv?from=2025-11-23&to=2026-11-23");
		showKpis();
		assertChartsDrawn(wait);
		assertThat(browser.findElement(By.cssSelector(".pf-kpi-trend h4")).getText()).isEqualTo("Les 12 derniers mois, mois par mois");
		Browser.screenshot(browser, "cockpit-kpi-dashboard-french");
		assertThat(Browser.consoleErrors(browser)).as("console errors on the dashboard").isEmpty();
	}

	/** The funnel's chart and the three charts of the months are drawn: a canvas in each of their boxes. */
	private void assertChartsDrawn(WebDriverWait wait) {
		for (String chart : new String[] { "funnel", "times", "rates", "listed" }) {
			wait.until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector(".pf-kpi-chart[data-chart='" + chart + "'] canvas")));
		}
		assertThat(browser.findElements(By.cssSelector(".pf-kpi-chart canvas"))).hasSizeGreaterThanOrEqualTo(4);
		assertThat(browser.findElements(By.cssSelector(".pf-kpi-error"))).isEmpty();
	}

	/** Scrolls the dashboard down to the partner KPIs, below Cockpit's own sections. */
	private void showKpis() {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
				browser.findElement(By.cssSelector(".pf-kpis")));
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

	private void period(String period) {
		new Select(browser.findElement(By.cssSelector(".pf-heat-panel select[name='period']"))).selectByValue(period);
	}

	/** Types the custom period's days, as a date picker sets them (one change event each). */
	private void dates(String from, String to) {
		((JavascriptExecutor) browser).executeScript("""
				for (const [name, value] of [['from', arguments[0]], ['to', arguments[1]]]) {
				  const input = document.querySelector(`.pf-heat-panel input[name='${name}']`);
				  input.value = value;
				  input.dispatchEvent(new Event('change'));
				}""", from, to);
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
