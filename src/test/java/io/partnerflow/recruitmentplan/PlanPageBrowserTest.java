package io.partnerflow.recruitmentplan;

import java.util.List;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.support.Browser;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A manager logged into Tasklist opens a draft recruitment plan's page in headless Chromium, adds a
 * target with the page's form and reads the partners to sign the figures give, the progress and
 * when the year's partners should sell on their own. A year of its own (one plan a year).
 */
@IntegrationTest
class PlanPageBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	RecruitmentPlans plans;

	WebDriver browser;

	@AfterEach
	void close() {
		ClockUtil.reset();
		if (browser != null) {
			Browser.screenshot(browser, "recruitment-plan-page-last");
			java.nio.file.Path page = java.nio.file.Path.of("target", "screenshots", "recruitment-plan-page-last.html");
			try {
				java.nio.file.Files.writeString(page, browser.getPageSource());
			}
			catch (java.io.IOException unwritten) {
				// the screenshot says enough
			}
			browser.quit();
		}
	}

	@Test
	void aManagerAddsATargetOnThePlansPageAndReadsThePartnersToSign() {
		ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2060-02-02T10:00:00Z")));
		int year = 2060;
		if (!plans.exists(year)) {
			plans.open(year, "mona");
			plans.change(year, new PlanChange(List.of("Retail"), List.of(new PlanChange.Target("Retail",
					PartnerCategory.RESELLER, 2_400_000L, 400_000L, null, null)), Map.of(PartnerCategory.RESELLER,
							"Two sales people trained in the first 100 days")), "mona");
		}
		browser = Browser.open();
		WebDriverWait wait = Browser.waitFor(browser);
		browser.get(base() + "/camunda/app/tasklist/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='password']")));
		browser.findElement(By.cssSelector("form input[type='text']")).sendKeys("mona");
		browser.findElement(By.cssSelector("input[type='password']")).sendKeys("mona", Keys.ENTER);
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));

		Browser.consoleErrors(browser); // the webapps' own, read and left behind: the plan page's are what counts

		// when she opens the plan and adds 3,000,000 EUR of integrators at 600,000 EUR each in Healthcare
		browser.get(base() + "/plans/" + year);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("DRAFT");
		List<WebElement> markets = browser.findElements(By.name("market"));
		WebElement empty = markets.get(1);
		new Select(empty).selectByVisibleText("Healthcare");
		WebElement row = empty.findElement(By.xpath("./ancestor::tr"));
		new Select(row.findElement(By.name("category"))).selectByValue("INTEGRATOR");
		row.findElement(By.name("targetRevenue")).sendKeys("3 000 000");
		row.findElement(By.name("revenuePerPartner")).sendKeys("600000");
		browser.findElement(By.xpath("//input[@name='priorityMarket' and @value='Healthcare']")).click();
		browser.findElement(By.cssSelector("#edit button[type='submit']")).click();

		// then the plan is saved, with 6 + 5 partners to sign, and the page shows the progress and autonomy
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
		assertThat(plans.get(year).partnersToSign()).isEqualTo(11);
		assertThat(plans.get(year).getPriorityMarkets()).containsExactly("Healthcare", "Retail");
		assertThat(browser.findElement(By.id("total")).getText()).startsWith("All 11");
		assertThat(browser.findElement(By.id("progress")).getText()).contains("Healthcare", "System integrator");
		assertThat(browser.findElement(By.id("autonomy")).getText()).contains("Q4");
		Browser.screenshot(browser, "recruitment-plan-page");
		assertThat(Browser.consoleErrors(browser)).isEmpty();
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
