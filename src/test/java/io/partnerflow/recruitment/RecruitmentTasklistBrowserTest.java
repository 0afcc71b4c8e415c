package io.partnerflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.Browser;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/** A recruiter works through the start of a recruitment in Camunda Tasklist, in headless Chromium. */
@IntegrationTest
class RecruitmentTasklistBrowserTest {

	@Autowired
	PartnerService partners;

	@LocalServerPort
	int port;

	@Autowired
	Jobs jobs;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	WebDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			Browser.screenshot(browser, "recruitment-tasklist");
			browser.quit();
		}
	}

	@Test
	void aCompanyAlreadyListedIsRefusedOnTheStartFormWithBothNames() {
		// given "Listed <run> SARL" is listed by raoul
		String run = UUID.randomUUID().toString().substring(0, 8);
		String existing = partners.register(new CandidateData("Listed " + run + " SARL", "FR", "Retail",
				PartnerCategory.RESELLER, "Paul", "paul@listed-" + run + ".example", null, 2_000_000L, 3, 2, 4, null), "raoul")
			.getReference();
		long partnersBefore = partners.list(null, Pageable.unpaged()).getTotalElements();
		browser = Browser.open();
		WebDriverWait wait = Browser.waitFor(browser);

		// when rita lists "LISTED <run>" from the start form
		logIn(wait, "rita");
		fillStartForm(wait, "LISTED " + run, "jane@gmail.com");
		browser.findElement(By.xpath("//button[normalize-space()='Start']")).click();

		// then Tasklist shows why, naming both companies, the form stays open and nothing is listed
		wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//*[contains(text(),'looks like Listed " + run + " SARL, already listed as " + existing + "')]")));
		Browser.screenshot(browser, "recruitment-start-form-refused");
		assertThat(browser.findElement(By.xpath("//button[normalize-space()='Start']")).isDisplayed()).isTrue();
		assertThat(partners.list(null, Pageable.unpaged()).getTotalElements()).isEqualTo(partnersBefore);
	}

	@Test
	void recruiterStartsARecruitmentAndApproachesTheCandidateInTasklist() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String company = "Browser " + run;
		browser = Browser.open();
		WebDriverWait wait = Browser.waitFor(browser);

		// given rita logs into Tasklist
		logIn(wait, "rita");

		// when she starts a recruitment from the start form
		fillStartForm(wait, company, "jane@browser-" + run + ".example");
		Browser.screenshot(browser, "recruitment-start-form");
		browser.findElement(By.xpath("//button[normalize-space()='Start']")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space()='Start']")));
		jobs.runDue();

		// then "Approach candidate" appears for her; she fills its form
		String recruitment = taskService.createTaskQuery().taskDefinitionKey(RecruitmentProcess.APPROACH_CANDIDATE)
			.processVariableValueEquals("company", company).singleResult().getProcessInstanceId();
		browser.navigate().refresh();
		// the list holds the suite's other tasks too, earliest due first: she finds hers by its company
		search(wait, company);
		wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//a[starts-with(normalize-space(),'Approach candidate: " + company + "')]"))).click();
		WebElement meeting = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//label[starts-with(normalize-space(.),'Meeting date')]/following::input[1]")));
		meeting.sendKeys("11/10/2026", Keys.ESCAPE);
		type(wait, "Margin on an average deal (EUR)", "4000");
		type(wait, "Expected revenue over 3 years (EUR)", "900000");
		type(wait, "Expected return on investment (%)", "35");
		((JavascriptExecutor) browser).executeScript("arguments[0].click()",
				browser.findElement(By.xpath("//label[contains(normalize-space(.),'Yes: request the application file')]")));
		Browser.screenshot(browser, "recruitment-approach-form");
		// the task footer overlays the button in a small window: click it as a user would after scrolling
		((JavascriptExecutor) browser).executeScript("arguments[0].click()",
				browser.findElement(By.xpath("//button[normalize-space()='Complete']")));
		wait.until(d -> taskService.createTaskQuery().processInstanceId(recruitment)
			.taskDefinitionKey(RecruitmentProcess.APPROACH_CANDIDATE).count() == 0);
		jobs.runDue();

		// then the next task waits: the application file
		assertThat(taskService.createTaskQuery().processInstanceId(recruitment).singleResult().getTaskDefinitionKey())
			.isEqualTo(RecruitmentProcess.RECORD_APPLICATION_FILE);
	}

	@Test
	void ritasCardsShowEachCompanyAndDueDateAndTheSearchFindsACompanyOrAReference() {
		// given two candidates of rita's waiting to be approached
		String run = UUID.randomUUID().toString().substring(0, 8);
		String alpha = approachWaitingFor("Alpha " + run);
		String beta = approachWaitingFor("Beta " + run);
		browser = Browser.open();
		WebDriverWait wait = Browser.waitFor(browser);

		// when she logs in to Tasklist
		logIn(wait, "rita");

		// when she searches for a company (her list holds the suite's other tasks too, earliest due first),
		// then only its task is listed, and its card names the company and reference and says when it is due
		search(wait, "Alpha " + run);
		wait.until(d -> listedNames().equals(java.util.List.of("Approach candidate: Alpha " + run + " SARL (" + alpha + ")")));
		assertThat(card(wait, "Alpha " + run).getText()).contains("Due in 14 days");
		Browser.screenshot(browser, "recruitment-tasklist-cards");
		browser.findElement(By.cssSelector("[cam-widget-search] .search-container .remove-search")).click();
		search(wait, "Beta " + run);
		wait.until(d -> listedNames().equals(java.util.List.of("Approach candidate: Beta " + run + " SARL (" + beta + ")")));
		assertThat(card(wait, "Beta " + run).getText()).contains(beta, "Due in 14 days");
		Browser.screenshot(browser, "recruitment-tasklist-search-company");

		// and by a reference
		browser.findElement(By.cssSelector("[cam-widget-search] .search-container .remove-search")).click();
		search(wait, alpha);
		wait.until(d -> listedNames().equals(java.util.List.of("Approach candidate: Alpha " + run + " SARL (" + alpha + ")")));
	}

	/** A candidate of rita's, listed and waiting for her approach; its reference. */
	private String approachWaitingFor(String name) {
		String reference = partners.register(new CandidateData(name + " SARL", "FR", "Retail", PartnerCategory.RESELLER,
				"Jane", "jane@" + name.toLowerCase().replace(' ', '-') + ".example", null, 3_000_000L, 4, 2, 3, null), "rita")
			.getReference();
		runtimeService.startProcessInstanceByKey(RecruitmentProcess.KEY, reference);
		jobs.runDue();
		return reference;
	}

	private WebElement card(WebDriverWait wait, String company) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//ol[contains(@class,'tasks-list')]/li[.//h4//a[contains(normalize-space(),'" + company + "')]]")));
	}

	private java.util.List<String> listedNames() {
		return browser.findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream().map(WebElement::getText)
			.map(String::strip).toList();
	}

	/** Types into Tasklist's search, as a user does: its default criterion is the task's name. */
	private void search(WebDriverWait wait, String text) {
		WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-search] input.main-field")));
		field.sendKeys(text, Keys.ENTER);
	}

	private void logIn(WebDriverWait wait, String user) {
		browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='password']")));
		browser.findElement(By.cssSelector("form input[type='text']")).sendKeys(user);
		browser.findElement(By.cssSelector("input[type='password']")).sendKeys(user, Keys.ENTER);
	}

	private void fillStartForm(WebDriverWait wait, String company, String email) {
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space()='Start process']"))).click();
		By recruitment = By.xpath("//a[normalize-space()='Partner recruitment']");
		By companyField = By.xpath("//label[starts-with(normalize-space(.),'Company name')]/following::input[1]");
		wait.until(ExpectedConditions.elementToBeClickable(recruitment)).click();
		// in the suite, the first click sometimes lands while the dialog's list is still being drawn and
		// opens nothing (seen twice, never alone): a person clicks again, and so does the test, once
		try {
			new WebDriverWait(browser, java.time.Duration.ofSeconds(15))
				.until(ExpectedConditions.visibilityOfElementLocated(companyField));
		}
		catch (org.openqa.selenium.TimeoutException nothingOpened) {
			Browser.screenshot(browser, "recruitment-start-form-not-opened");
			wait.until(ExpectedConditions.elementToBeClickable(recruitment)).click();
		}
		type(wait, "Company name", company);
		type(wait, "Country", "FR");
		search(wait, "Market covered", "Retail");
		choose(wait, "Category", "Reseller");
		type(wait, "Contact name", "Jane Doe");
		type(wait, "Contact e-mail", email);
		type(wait, "Annual revenue (EUR)", "3000000");
		type(wait, "Sales staff", "4");
		type(wait, "Technical staff", "2");
		type(wait, "Competing suppliers carried", "3");
	}

	private void type(WebDriverWait wait, String label, String value) {
		wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//label[starts-with(normalize-space(.),'" + label + "')]/following::input[1]")))
			.sendKeys(value);
	}

	/** A searchable choice (the markets, a list managers keep): typed, then picked among the few left. */
	private void search(WebDriverWait wait, String label, String option) {
		type(wait, label, option);
		wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + option + "']")))
			.click();
	}

	private void choose(WebDriverWait wait, String label, String option) {
		wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//label[starts-with(normalize-space(.),'" + label + "')]/following::*[contains(@class,'fjs-input-group')][1]")))
			.click();
		WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + option + "']")));
		// a longer list (the markets) opens partly below the form's edge
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
		wait.until(ExpectedConditions.elementToBeClickable(item)).click();
	}

}
