package io.partnerflow.portal;

import java.util.UUID;

import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.recruitment.ApplicationFiles;
import io.partnerflow.support.Browser;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner portal in headless Chromium, on a phone's width: a candidate's contact opens the link
 * of its mail, saves a draft, comes back later in a new browser, is told next to the field what is
 * missing, submits, and finds the link refused once used; a signed partner's contact sets its
 * password, reads its plan in French, registers a deal and logs out.
 */
@IntegrationTest
class PortalBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Jobs jobs;

	@Autowired
	TaskService taskService;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	ApplicationFiles files;

	@Autowired
	io.partnerflow.partner.PartnerService partners;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtime;

	WebDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aCandidateFillsInItsApplicationFileOverTwoVisitsAndSubmitsItOnce() throws Exception {
		String company = "Mobile " + UUID.randomUUID().toString().substring(0, 8);
		ApplicationRequests.Asked asked = new ApplicationRequests(port, jobs, taskService, mailCatcher).ask(company, "FR");

		// the contact opens its link on a phone and saves a first answer as a draft
		browser = phone();
		WebDriverWait wait = Browser.waitFor(browser);
		browser.get(asked.link());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("motivation")));
		assertThat(browser.findElement(By.id("company")).getText()).isEqualTo("Dossier de candidature de " + company);
		Browser.screenshot(browser, "portal-application");
		browser.findElement(By.id("motivation")).sendKeys("Votre offre complète la nôtre");
		browser.findElement(By.id("save")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
		browser.quit();

		// it comes back later, in another browser: its draft is there
		browser = phone();
		wait = Browser.waitFor(browser);
		browser.get(asked.link());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft")));
		assertThat(browser.findElement(By.id("motivation")).getAttribute("value")).isEqualTo("Votre offre complète la nôtre");

		// it submits with one answer missing: the page says so next to the field
		ApplicationFormPage page = new ApplicationFormPage(browser);
		page.answerAllBut("prospects");
		browser.findElement(By.id("submit")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prospects-error")));
		assertThat(browser.findElement(By.id("prospects-error")).getText()).startsWith("Merci de répondre");
		assertThat(browser.findElement(By.id("prospects")).getAttribute("aria-invalid")).isEqualTo("true");
		Browser.screenshot(browser, "portal-application-refused");
		assertThat(files.exists(asked.reference())).isFalse();

		// it answers the last question and submits: thanked, the file is kept
		browser.findElement(By.id("prospects")).sendKeys("300 k€ en année 3");
		browser.findElement(By.id("submit")).click();
		wait.until(ExpectedConditions.textToBe(By.id("title"), "Merci : votre dossier de candidature est bien reçu"));
		assertThat(files.exists(asked.reference())).isTrue();

		// and the committee's members have their ballots in Tasklist
		jobs.runDue();
		assertThat(taskService.createTaskQuery()
			.processDefinitionKey(io.partnerflow.committee.CommitteeVoteProcess.KEY)
			.processInstanceBusinessKey(asked.reference())
			.taskDefinitionKey(io.partnerflow.committee.CommitteeVoteProcess.CAST_VOTE)
			.count()).isPositive();

		// the link, opened again, says the file was already received
		browser.get(asked.link());
		wait.until(ExpectedConditions.textToBe(By.id("title"), "Votre dossier de candidature a déjà été reçu"));
		// nothing failed but the statuses of the pages themselves (422 refused, 410 used): no style, no script
		String token = asked.link().substring(asked.link().lastIndexOf('/') + 1);
		assertThat(Browser.consoleErrors(browser)).allSatisfy(error -> assertThat(error).contains(token + " - Failed to load resource"));
	}

	@Test
	void aSignedPartnerSetsItsPasswordReadsItsPlanInFrenchRegistersADealAndLogsOut() throws Exception {
		SignedPartners.Invited invited = new SignedPartners(port, partners, runtime, jobs, mailCatcher).sign("Signed",
				java.time.Instant.now().minus(java.time.Duration.ofDays(10)));

		// the contact follows the invitation of its welcome mail, on a desktop, and chooses a password
		browser = Browser.open();
		browser.manage().window().setSize(new Dimension(1100, 1400));
		WebDriverWait wait = Browser.waitFor(browser);
		browser.get(invited.link());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
		browser.findElement(By.id("password")).sendKeys("une phrase assez longue");
		browser.findElement(By.id("confirmation")).sendKeys("une phrase assez longue");
		browser.findElement(By.id("save")).click();

		// it logs in and reads its plan, in French
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
		browser.findElement(By.id("email")).sendKeys(invited.email());
		browser.findElement(By.id("password")).sendKeys("une phrase assez longue");
		browser.findElement(By.id("login")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actions")));
		assertThat(browser.findElement(By.id("action-train-sales-people")).getText()).contains("Former vos commerciaux",
				"Notre équipe formation", "À faire");
		assertThat(browser.findElement(By.id("reviews")).getText()).contains("Point d'étape du partenariat");

		// it registers a won deal
		browser.findElement(By.id("customer")).sendKeys("Boutiques du Sud");
		browser.findElement(By.id("amount")).sendKeys("18000");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("signedOn")), java.time.LocalDate.now().minusDays(1).toString());
		browser.findElement(By.id("register")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registered")));
		assertThat(browser.findElement(By.id("deal-list")).getText()).contains("Boutiques du Sud");
		Browser.screenshot(browser, "portal-plan");

		// and logs out: its plan needs the login again
		browser.findElement(By.id("logout")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
		browser.get("http://localhost:" + port + "/portal/plan");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
	}

	private static WebDriver phone() {
		WebDriver phone = Browser.open();
		phone.manage().window().setSize(new Dimension(390, 900));
		return phone;
	}

	/** The answers of the form, typed as a person does. */
	private record ApplicationFormPage(WebDriver browser) {

		void answerAllBut(String left) {
			for (String field : ApplicationForm.FIELDS) {
				if (!field.equals(left) && browser.findElement(By.id(field)).getAttribute("value").isEmpty()) {
					browser.findElement(By.id(field)).sendKeys("Réponse à " + field);
				}
			}
		}

	}

}
