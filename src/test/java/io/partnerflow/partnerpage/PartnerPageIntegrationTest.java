package io.partnerflow.partnerpage;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.notification.NotificationService;
import io.partnerflow.notification.SentMail;
import io.partnerflow.deals.DealService;
import io.partnerflow.onboarding.OnboardingPlanService;
import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.Markets;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.recruitment.ApplicationFiles;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestCommittee;
import io.partnerflow.support.TestMarkets;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.TestUsers;
import io.partnerflow.support.WebappSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner pages as PartnerFlow's staff read them with the webapps' login: one partner's record,
 * timeline with names, mails, plan and deals, the committee's ballots only once the vote has closed,
 * the tasks each reader may open; the search, its pages and its CSV export; and who gets nothing.
 */
@IntegrationTest
class PartnerPageIntegrationTest {

	/** Claire's comment on her ballot: nowhere on the page while the vote runs. */
	static final String CLAIRES_NOTE = "Thin references in retail";

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	Markets markets;

	@Autowired
	ApplicationFiles applicationFiles;

	@Autowired
	OnboardingPlanService plans;

	@Autowired
	DealService deals;

	@Autowired
	NotificationService notifications;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	IdentityService identityService;

	@Autowired
	Jobs jobs;

	@Test
	void thePageTellsTheStoryAndKeepsBallotsSecretUntilTheVoteCloses() throws Exception {
		// given a partner before the demo committee (claire, carl, cora), the vote convened and claire's ballot cast
		Partner partner = TestCommittee.inCommittee(partners, applicationFiles, "Storyteller");
		String reference = partner.getReference();
		ProcessInstance vote = runtimeService.startProcessInstanceByKey(CommitteeVoteProcess.KEY, reference,
				TestCommittee.application(70));
		jobs.runDue();
		String claireBallot = ballotOf(vote, "claire");
		String carlBallot = ballotOf(vote, "carl");
		cast("claire", claireBallot, "REJECT", CLAIRES_NOTE);

		// when rita, carl and mona open the page while the vote runs
		String rita = page("rita", "tasklist", "/partners/" + reference);
		String carl = page("carl", "tasklist", "/partners/" + reference);
		String mona = page("mona", "cockpit", "/partners/" + reference);

		// then the record and the timeline name people, not user ids
		assertThat(rita).contains(html(partner.getCompany()), reference, "IN_COMMITTEE", "Retail", "RESELLER", "Jeanne Martin",
				html(partner.getContactEmail()), "2,500,000 EUR", "<dd id=\"contact-language\">French</dd>", "Rita Recruiter", "Claire Chair",
				"Voted; the ballot stays secret until the vote closes");
		assertThat(rita).doesNotContain("<td>rita</td>", "<td>claire</td>");
		// the mails sent about it: when, subject and template, the addresses
		List<SentMail> sent = notifications.sentAbout(reference);
		assertThat(sent).isNotEmpty().anySatisfy(mail -> assertThat(mail.template()).isEqualTo("committee-convened"));
		assertThat(sent).allSatisfy(mail -> assertThat(rita).contains(html(mail.subject()), html(mail.recipients())));
		// the vote runs: nothing of a ballot
		for (String page : List.of(rita, carl, mona)) {
			assertThat(page).contains("A committee vote is running: its ballots stay secret until it closes.")
				.doesNotContain(CLAIRES_NOTE)
				.doesNotContain("REJECT<");
		}
		// the tasks each may open in Tasklist: carl his own ballot, rita none of the committee's; Cockpit for the manager
		assertThat(carl).contains("/camunda/app/tasklist/default/#/?task=" + carlBallot, "Carl Committee");
		assertThat(carl).doesNotContain("/camunda/app/cockpit/default/#/process-instance/");
		assertThat(rita).doesNotContain(claireBallot, carlBallot, "/camunda/app/cockpit/default/#/process-instance/");
		assertThat(mona).contains("/camunda/app/cockpit/default/#/process-instance/" + vote.getId());

		// when carl rejects too: the outcome is certain and the vote closes
		cast("carl", carlBallot, "REJECT", "Not now");

		// then every ballot is on the page, with its member's name
		String after = page("rita", "tasklist", "/partners/" + reference);
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.REJECTED);
		assertThat(after).doesNotContain("A committee vote is running")
			.contains(CLAIRES_NOTE, "Not now", "<td>REJECT</td>", "Carl Committee");
	}

	@Test
	void thePageShowsThePlanAndTheDeals() throws Exception {
		// given a signed partner in its plan, trained, with a first deal
		Partner partner = partners.register(TestPartners.candidate("Planner"), "rita");
		String reference = partner.getReference();
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED, PartnerStatus.CONTRACT_SIGNED)) {
			partners.changeStatus(reference, status, "rita", null);
		}
		plans.open(reference, partners.get(reference).getContractSignedAt(), "partnerflow");
		plans.recordSalesTraining(reference, 4, 3, "tess");
		deals.record(reference, "Grand Magasin", new BigDecimal("48000.50"),
				LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC), "rita");

		// when a trainer opens its page
		String page = page("tess", "tasklist", "/partners/" + reference);

		// then
		assertThat(page).contains("Sales people: 4 trained, 3 certified", "Grand Magasin", "48,000.5 EUR", "first deal",
				"Tess Training", "<td>PartnerFlow</td>", "No committee vote has closed on this partner.");
	}

	@Test
	void theSearchFindsByEachCriterionAndPages() throws Exception {
		// given three partners of one company name and a fourth of raoul's in a market of its own
		String token = "Searchable" + System.nanoTime();
		List<Partner> mine = List.of(listed(token + " Alpha", "Retail", "rita"), listed(token + " Beta", "Retail", "rita"),
				listed(token + " Gamma", "Retail", "rita"));
		String market = "Market " + token;
		Partner raouls = listed(token + " Delta", market, "raoul");
		partners.changeStatus(mine.get(0).getReference(), PartnerStatus.APPROACHED, "rita", null);
		WebappSession rita = new WebappSession(port).login("rita", "tasklist");

		// when rita searches a part of the name in another case, two a page
		HttpResponse<String> first = rita.page("/partners?company=" + token.toLowerCase() + "&size=2");
		HttpResponse<String> second = rita.page("/partners?company=" + token.toLowerCase() + "&size=2&page=2");

		// then all four, newest first, over two pages
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains(">4 partners<", "page 1 of 2", raouls.getReference(), mine.get(2).getReference())
			.doesNotContain(mine.get(0).getReference())
			.contains("page=2");
		assertThat(second.body()).contains("page 2 of 2", mine.get(0).getReference(), mine.get(1).getReference())
			.doesNotContain(raouls.getReference());
		// each criterion alone narrows it
		assertThat(rita.page("/partners?reference=" + mine.get(1).getReference().toLowerCase()).body()).contains(">1 partner<",
				mine.get(1).getReference());
		assertThat(rita.page("/partners?company=" + token + "&status=APPROACHED").body()).contains(">1 partner<",
				mine.get(0).getReference());
		assertThat(rita.page("/partners?company=" + token + "&recruiter=raoul").body()).contains(">1 partner<",
				raouls.getReference());
		assertThat(rita.page("/partners?market=" + market.replace(" ", "+")).body()).contains(">1 partner<",
				raouls.getReference());
		assertThat(rita.page("/partners?company=" + token + "&status=EXITED").body()).contains(">0 partners<",
				"No partner matches this search.");
		// a company's name with LIKE's wildcards is searched as written
		assertThat(rita.page("/partners?company=%25" + token).body()).contains(">0 partners<");
	}

	@Test
	void theExportNeutralisesFormulasForSpreadsheets() throws Exception {
		// given a partner whose company and contact a spreadsheet would run as formulas
		String token = "Formula" + System.nanoTime();
		String company = "=HYPERLINK(\"https://evil.example/" + token + "\",\"Click\")";
		Partner evil = partners.register(new CandidateData(company, "FR", "Retail", PartnerCategory.VAR, "@SUM(A1:A9)",
				"x@" + token.toLowerCase() + ".example", null, 1_000_000L, 2, 1, 0, null), "rita");

		// when mona exports the search
		HttpResponse<String> csv = new WebappSession(port).login("mona", "cockpit")
			.get("/partners.csv?company=" + token.toLowerCase());

		// then a UTF-8 file for Excel, every formula turned into text
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv")
			.containsIgnoringCase("charset=UTF-8"));
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment").contains(".csv"));
		assertThat(csv.body()).startsWith("\uFEFFreference,company,");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.body().substring(1)))
			.getRecords();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("reference")).isEqualTo(evil.getReference());
		assertThat(rows.get(0).get("company")).isEqualTo("'" + company);
		assertThat(rows.get(0).get("contactName")).isEqualTo("'@SUM(A1:A9)");
		assertThat(rows.get(0).get("status")).isEqualTo("CANDIDATE");
	}

	@Test
	void anonymousUsersAreSentToTheWebappsLogin() throws Exception {
		WebappSession anonymous = new WebappSession(port);
		Partner partner = partners.register(TestPartners.candidate("Anonymous"), "rita");

		for (String path : List.of("/partners/" + partner.getReference(), "/partners", "/partners.csv")) {
			HttpResponse<String> answer = anonymous.page(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location")).as(path)
				.hasValueSatisfying(location -> assertThat(location).endsWith("/camunda/app/welcome/default/"));
			assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
			assertThat(answer.body()).doesNotContain(partner.getCompany());
		}
	}

	@Test
	void usersOutsideTheStaffGetNothing() throws Exception {
		// a user logged into the webapps who belongs to no business group (a partner's account, say)
		TestUsers.member(identityService, "outsider", "partners");
		Partner partner = partners.register(TestPartners.candidate("Outside"), "rita");
		WebappSession outsider = new WebappSession(port).login("outsider", "welcome");

		for (String path : List.of("/partners/" + partner.getReference(), "/partners", "/partners.csv",
				"/partners/P-1999-99999")) {
			HttpResponse<String> answer = outsider.page(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(403);
			assertThat(answer.body()).as(path).contains("Partner pages are for PartnerFlow's staff")
				.doesNotContain(partner.getCompany());
		}
	}

	@Test
	void pagesOnlyRead() throws Exception {
		WebappSession mona = new WebappSession(port).login("mona", "cockpit");
		mona.get("/camunda/api/engine/engine/default/process-definition/count");

		for (String method : List.of("POST", "PUT", "DELETE")) {
			assertThat(mona.send(method, "/partners", null).statusCode()).as(method).isEqualTo(405);
			assertThat(mona.send(method, "/partners/P-1999-00001", null).statusCode()).as(method).isEqualTo(405);
		}
		assertThat(mona.send("HEAD", "/partners", null).statusCode()).isEqualTo(200);
	}

	@Test
	void anUnknownPartnerIsANotFoundPage() throws Exception {
		HttpResponse<String> answer = new WebappSession(port).login("rita", "tasklist").page("/partners/P-1999-99999");

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).contains("No partner has the reference P-1999-99999");
	}

	@Test
	void aBadSearchIsABadRequestWithItsMessageOnThePage() throws Exception {
		WebappSession rita = new WebappSession(port).login("rita", "tasklist");

		Map<String, String> searches = Map.of("/partners?status=BOGUS", "Not a status of the lifecycle",
				"/partners?page=abc", "The page is a whole number from 1 to",
				"/partners?page=0", "The page is a whole number from 1 to",
				"/partners?size=100000", "Partners per page: a whole number from 1 to 200",
				"/partners?reference=%3Cscript%3E", "A reference is letters, digits and hyphens",
				"/partners?company=" + "x".repeat(201), "At most 200 characters",
				"/partners?market=a%09b", "Must not contain control characters",
				"/partners.csv?status=BOGUS", "Not a status of the lifecycle");
		for (Map.Entry<String, String> search : searches.entrySet()) {
			HttpResponse<String> answer = rita.page(search.getKey());
			assertThat(answer.statusCode()).as(search.getKey()).isEqualTo(400);
			assertThat(answer.body()).as(search.getKey()).contains(search.getValue()).doesNotContain("<script>");
		}
	}

	private Partner listed(String company, String market, String recruiter) {
		CandidateData base = TestPartners.candidate(company);
		return partners.register(new CandidateData(company, "FR", TestMarkets.listed(markets, market), PartnerCategory.RESELLER, base.contactName(),
				base.contactEmail(), null, 1_000_000L, 2, 1, 0, null), recruiter);
	}

	private String page(String user, String app, String path) throws Exception {
		HttpResponse<String> page = new WebappSession(port).login(user, app).page(path);
		assertThat(page.statusCode()).as("%s as %s: %s", path, user, page.body()).isEqualTo(200);
		return page.body();
	}

	private String ballotOf(ProcessInstance vote, String member) {
		Task ballot = taskService.createTaskQuery().processInstanceId(vote.getId()).taskAssignee(member).singleResult();
		assertThat(ballot).as("ballot of %s", member).isNotNull();
		return ballot.getId();
	}

	/** The member submits the ballot's form, as Tasklist does, then the engine's jobs run. */
	private void cast(String member, String taskId, String choice, String comment) {
		identityService.setAuthentication(member,
				identityService.createGroupQuery().groupMember(member).list().stream().map(Group::getId).toList());
		try {
			formService.submitTaskForm(taskId,
					Map.of(CommitteeVoteProcess.VOTE, choice, CommitteeVoteProcess.VOTE_COMMENT, comment));
		}
		finally {
			identityService.clearAuthentication();
		}
		jobs.runDue();
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
