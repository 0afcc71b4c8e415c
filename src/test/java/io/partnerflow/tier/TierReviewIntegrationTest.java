package io.partnerflow.tier;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.demo.MailCatcher.CaughtMail;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerEvent;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.WebappSession;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's tier moving up and down in the whole application: certified people recorded by the
 * training team through the API, deals posted by the recruiter, the reviews their won deals start and
 * the scheduled review, run as jobs; the letters caught by the SMTP catcher (GreenMail), the lines in
 * the timeline. The partner is in France: its letters are in French.
 */
@IntegrationTest
class TierReviewIntegrationTest {

	static final Instant SIGNED = Instant.parse("2026-03-02T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	ManagementService managementService;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	Jobs jobs;

	@Autowired
	TierFigures figures;

	Partner partner;

	@BeforeEach
	void aPartnerWithASignedContract() {
		ClockUtil.setCurrentTime(Date.from(SIGNED));
		partner = TestPartners.signedContract(partners, "Tiered", SIGNED);
	}

	@AfterEach
	void restore() {
		ClockUtil.reset();
	}

	@Test
	void aPartnerWhoseRevenueFallsMovesDownATierAndIsTold() throws Exception {
		// given its people certified (3 sales, 2 technical) and a deal of 600,000 EUR won
		at("2026-03-12T10:00:00Z");
		for (String[] person : new String[][] { { "Ana Sales", "SALES" }, { "Bo Sales", "SALES" }, { "Cy Sales", "SALES" },
				{ "Di Tech", "TECHNICAL" }, { "Ed Tech", "TECHNICAL" } }) {
			assertThat(certify("tess", person[0], person[1], "2026-03-10", "2028-03-10").statusCode()).isEqualTo(201);
		}
		assertThat(deal("Acme Retail", "600000.00", "2026-03-11").statusCode()).isEqualTo(201);
		jobs.runDue();

		// then the won deal reviewed its tier: Gold, and the partner was told
		assertThat(tier()).isEqualTo("Gold");
		CaughtMail gold = mail(partner.getCompany() + " est désormais partenaire Gold");
		assertThat(gold.to()).containsExactly(partner.getContactEmail());
		assertThat(gold.cc()).containsExactly("rita@partnerflow.test");
		assertThat(gold.text()).contains("passe du niveau aucun au niveau Gold", "sur 12 mois (EUR) :  600 000",
				"Ce qu'exige le niveau Platinum", "≥ 2 000 000", "≥ 5", "≥ 3");
		assertThat(lastLine().getKind()).isEqualTo("TIER");
		assertThat(lastLine().getDescription()).isEqualTo("Tier none -> Gold: 600,000 EUR of deals won in the last 12 months,"
				+ " 3 certified sales people, 2 certified technicians (won deal)");

		// when a small deal is won a month later, which changes nothing
		at("2026-04-02T10:00:00Z");
		assertThat(deal("Beta Stores", "1000.00", "2026-04-01").statusCode()).isEqualTo(201);
		jobs.runDue();

		// then the review is in the timeline, and no mail went out: the tier did not change
		assertThat(tier()).isEqualTo("Gold");
		assertThat(lastLine().getKind()).isEqualTo("TIER_REVIEWED");
		assertThat(lastLine().getDescription()).startsWith("Tier Gold kept: 601,000 EUR of deals won");
		assertThat(mailCatcher.mailsReceivedBy(partner.getContactEmail())).extracting(CaughtMail::messageId)
			.containsExactly(gold.messageId());

		// when, a year on, the big deal is more than 12 months old and the scheduled review runs
		at("2027-03-20T06:00:00Z");
		Job schedule = managementService.createJobQuery().processDefinitionKey(TierReviewProcess.KEY).timers().singleResult();
		managementService.executeJob(schedule.getId());
		jobs.runDue();

		// then the partner moved down to Silver, and is told with the figures and what Gold needs
		assertThat(tier()).isEqualTo("Silver");
		CaughtMail silver = mail(partner.getCompany() + " est désormais partenaire Silver");
		assertThat(silver.to()).containsExactly(partner.getContactEmail());
		assertThat(silver.cc()).containsExactly("rita@partnerflow.test");
		assertThat(silver.text()).contains("passe du niveau Gold au niveau Silver", "sur 12 mois (EUR) :  1 000",
				"Ce qu'exige le niveau Gold, selon les règles d'aujourd'hui", "≥ 500 000", "le niveau inférieur qui s'applique")
			.doesNotContain("600 000");
		PartnerEvent down = lastLine();
		assertThat(down.getKind()).isEqualTo("TIER");
		assertThat(down.getActor()).isEqualTo(PartnerService.SYSTEM_ACTOR);
		assertThat(down.getDescription()).isEqualTo("Tier Gold -> Silver: 1,000 EUR of deals won in the last 12 months,"
				+ " 3 certified sales people, 2 certified technicians (scheduled review)");
	}

	@Test
	void onlyTheTrainingTeamRecordsCertificationsAndBadOnesAreRefused() throws Exception {
		at("2026-03-12T10:00:00Z");

		// refused: another group, no login, an unknown partner
		assertThat(certify("rita", "Ana Sales", "SALES", "2026-03-10", "2028-03-10").statusCode()).isEqualTo(403);
		assertThat(certify("mona", "Ana Sales", "SALES", "2026-03-10", "2028-03-10").statusCode()).isEqualTo(403);
		assertThat(new ApiClient(URI.create("http://localhost:" + port), "nobody", "wrong")
			.postJson(path(), body("Ana Sales", "SALES", "2026-03-10", "2028-03-10")).statusCode()).isEqualTo(401);
		HttpResponse<String> unknown = api("tess").postJson("/api/partners/P-1999-99999/certifications",
				body("Ana Sales", "SALES", "2026-03-10", "2028-03-10"));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));

		// refused with the field: bad dates, a missing name, an unknown role
		assertProblem(certify("tess", "Ana Sales", "SALES", "2026-03-10", "2026-03-10"), "expiresOn", "must be after certifiedOn");
		assertProblem(certify("tess", "Ana Sales", "SALES", "2026-03-10", "2025-03-10"), "expiresOn", "must be after certifiedOn");
		assertProblem(certify("tess", "Ana Sales", "SALES", "2026-03-13", "2028-03-13"), "certifiedOn", "must not be in the future");
		assertProblem(certify("tess", "Ana Sales", "SALES", "10/03/2026", "2028-03-10"), "certifiedOn", "has the wrong type or format");
		assertProblem(certify("tess", "Ana Sales", "MANAGER", "2026-03-10", "2028-03-10"), "role", "has the wrong type or format");
		assertProblem(certify("tess", " ", "SALES", "2026-03-10", "2028-03-10"), "personName", "must not be blank");
		assertProblem(api("tess").postJson(path(), "{\"personName\":\"Ana Sales\",\"role\":\"SALES\"}"), "certifiedOn",
				"must not be null");
		// a candidate's people are not certified: its contract is not signed
		String candidate = partners.register(TestPartners.candidate("Uncertified"), "rita").getReference();
		assertThat(api("tess").postJson("/api/partners/" + candidate + "/certifications",
				body("Ana Sales", "SALES", "2026-03-10", "2028-03-10")).statusCode()).isEqualTo(409);
		assertThat(partners.timeline(partner.getReference())).extracting(PartnerEvent::getKind).doesNotContain("CERTIFICATION");

		// accepted: a valid one and one expired already, both listed, the expired one not counted
		assertThat(certify("tess", "Ana Sales", "SALES", "2026-03-10", "2028-03-10").statusCode()).isEqualTo(201);
		HttpResponse<String> expired = certify("tess", "Old Tech", "TECHNICAL", "2023-03-10", "2025-03-10");
		assertThat(expired.statusCode()).isEqualTo(201);
		assertThat(expired.body()).contains("\"valid\":false", "\"recordedBy\":\"tess\"");
		HttpResponse<String> list = api("rita").get(path());
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"personName\":\"Ana Sales\"", "\"role\":\"SALES\"", "\"certifiedOn\":\"2026-03-10\"",
				"\"expiresOn\":\"2028-03-10\"", "\"personName\":\"Old Tech\"");
		assertThat(lastLine().getDescription()).isEqualTo("Old Tech certified (technical) on 2023-03-10, valid until 2025-03-10");
		// a person renewed is one person; an expired certification does not count
		assertThat(certify("tess", "ana sales", "SALES", "2026-03-11", "2029-03-11").statusCode()).isEqualTo(201);
		assertThat(figures.certifiedSalesPeople(partner.getReference())).isEqualTo(1);
		assertThat(figures.certifiedTechnicians(partner.getReference())).isZero();

		// and the partner page lists them, which counts
		String page = new WebappSession(port).login("tess", "tasklist").page("/partners/" + partner.getReference()).body();
		assertThat(page).contains("Certified people", "Ana Sales", "Old Tech", "expired", "valid");
	}

	// --- steps -------------------------------------------------------------------------------

	private HttpResponse<String> certify(String user, String person, String role, String certifiedOn, String expiresOn)
			throws Exception {
		return api(user).postJson(path(), body(person, role, certifiedOn, expiresOn));
	}

	private static String body(String person, String role, String certifiedOn, String expiresOn) {
		return "{\"personName\":\"%s\",\"role\":\"%s\",\"certifiedOn\":\"%s\",\"expiresOn\":\"%s\"}".formatted(person, role,
				certifiedOn, expiresOn);
	}

	private HttpResponse<String> deal(String customer, String amount, String signedOn) throws Exception {
		return api("rita").postJson("/api/partners/" + partner.getReference() + "/deals",
				"{\"customer\":\"%s\",\"amount\":%s,\"signedOn\":\"%s\"}".formatted(customer, amount, signedOn));
	}

	private static void assertProblem(HttpResponse<String> response, String field, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
		assertThat(response.body()).contains("\"field\":\"" + field + "\"", message);
	}

	private String path() {
		return "/api/partners/" + partner.getReference() + "/certifications";
	}

	private ApiClient api(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

	private String tier() {
		return partners.get(partner.getReference()).getTier();
	}

	private PartnerEvent lastLine() {
		List<PartnerEvent> timeline = partners.timeline(partner.getReference());
		return timeline.get(timeline.size() - 1);
	}

	private CaughtMail mail(String subject) {
		List<CaughtMail> found = mailCatcher.mails().stream().filter(m -> m.subject().equals(subject)).toList();
		assertThat(found).as("mails with subject '%s'", subject).hasSize(1);
		return found.get(0);
	}

	private static void at(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

}
