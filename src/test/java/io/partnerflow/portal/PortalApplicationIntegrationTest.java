package io.partnerflow.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.partnerflow.IntegrationTest;
import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.recruitment.ApplicationFileData;
import io.partnerflow.recruitment.ApplicationFiles;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate's application file in the partner portal, through HTTP as a browser sends it (its
 * own cookies, the CSRF token of the page): the link of the request mail, a draft, a refused
 * submission that keeps nothing, the one submission, and every link that no longer opens the file.
 */
@IntegrationTest
class PortalApplicationIntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Jobs jobs;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtime;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	ApplicationFiles files;

	@Autowired
	PartnerService partners;

	@Autowired
	JdbcTemplate jdbc;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	ApplicationRequests requests;

	@BeforeEach
	void requests() {
		requests = new ApplicationRequests(port, jobs, taskService, mailCatcher);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aCandidateSavesADraftComesBackAndSubmitsItsFileOnceWhichOpensTheCommitteeVote() throws Exception {
		// given a French candidate asked for its application file
		ApplicationRequests.Asked asked = requests.ask("Atelier " + run, "FR");

		// then the request mail carries its link, to the contact alone (the recruiter is not copied)
		assertThat(asked.mail().to()).containsExactly("contact@atelier-" + run + ".example");
		assertThat(asked.mail().cc()).isEmpty();

		// when the contact opens the link, the page names its company, in French
		PortalVisitor contact = new PortalVisitor(port);
		HttpResponse<String> page = contact.get(asked.link());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Dossier de candidature de Atelier " + run, asked.reference(),
				"Pourquoi voulez-vous travailler avec nous ?", "Rita Recruiter");

		// when it saves a draft with one answer
		HttpResponse<String> saved = contact.post(asked.link(), Map.of("action", "save", "motivation", "  Your offer fits  "));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("done=saved");

		// then, coming back later in another browser, it finds its draft
		PortalVisitor later = new PortalVisitor(port);
		HttpResponse<String> back = later.get(asked.link());
		assertThat(back.body()).contains(">Your offer fits</textarea>", "Brouillon enregistré le");

		// when it submits with an empty answer and a too long one
		Map<String, String> incomplete = answers();
		incomplete.put("organisation", " ");
		incomplete.put("prospects", "x".repeat(ApplicationFileData.MAX_ANSWER + 1));
		incomplete.put("action", "submit");
		HttpResponse<String> refused = later.post(asked.link(), incomplete);

		// then each is refused next to its field, the answers typed stay on the page, and nothing is kept
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(PortalVisitor.fieldError(refused.body(), "organisation")).isEqualTo("Merci de répondre à cette question avant d'envoyer le dossier.");
		assertThat(PortalVisitor.fieldError(refused.body(), "prospects")).startsWith("Merci de raccourcir cette réponse à 4");
		assertThat(PortalVisitor.fieldError(refused.body(), "motivation")).isNull();
		assertThat(refused.body()).contains(">" + incomplete.get("motivation") + "</textarea>");
		assertThat(files.exists(asked.reference())).isFalse();
		assertThat(later.get(asked.link()).body()).contains(">Your offer fits</textarea>");

		// when it submits every answer
		Map<String, String> complete = answers();
		complete.put("action", "submit");
		HttpResponse<String> submitted = later.post(asked.link(), complete);

		// then it is thanked, the file is kept once, by the contact, and the draft is gone
		assertThat(submitted.statusCode()).isEqualTo(302);
		HttpResponse<String> thanks = later.get(submitted.headers().firstValue("Location").orElseThrow());
		assertThat(thanks.statusCode()).isEqualTo(200);
		assertThat(thanks.body()).contains("Merci : votre dossier de candidature est bien reçu");
		assertThat(files.exists(asked.reference())).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from portal_application_draft where partner_reference = ?",
				Long.class, asked.reference())).isZero();
		assertThat(partners.timeline(asked.reference())).anySatisfy(event -> {
			assertThat(event.getDescription()).isEqualTo("Application file received");
			assertThat(event.getActor()).isEqualTo(PartnerService.CONTACT_ACTOR);
		});

		// and the committee's members have their ballots
		jobs.runDue();
		assertThat(taskService.createTaskQuery()
			.processDefinitionKey(CommitteeVoteProcess.KEY)
			.processInstanceBusinessKey(asked.reference())
			.taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE)
			.count()).isPositive();

		// when the link is used again, to read or to submit, it is refused with a page that says why
		HttpResponse<String> reread = contact.get(asked.link());
		assertThat(reread.statusCode()).isEqualTo(410);
		assertThat(reread.body()).contains("Votre dossier de candidature a déjà été reçu");
		HttpResponse<String> resubmitted = contact.post(asked.link(), complete);
		assertThat(resubmitted.statusCode()).isEqualTo(410);
		assertThat(jdbc.queryForObject("select count(*) from application_file where partner_reference = ?", Long.class,
				asked.reference())).isEqualTo(1);
	}

	@Test
	void theLanguageFollowsThePartnersCountryAndTheVisitorsChoice() throws Exception {
		ApplicationRequests.Asked asked = requests.ask("Harbour " + run, "GB");
		PortalVisitor contact = new PortalVisitor(port);

		assertThat(contact.get(asked.link()).body()).contains("Application file of Harbour " + run, "lang=\"en\"");
		HttpResponse<String> french = contact.get(asked.link() + "?lang=fr");
		assertThat(french.body()).contains("Dossier de candidature de Harbour " + run, "lang=\"fr\"");
		// a refusal keeps the language picked: the form carries it
		HttpResponse<String> refused = contact.post(asked.link(), Map.of("action", "submit", "lang", "fr"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(PortalVisitor.fieldError(refused.body(), "strategy")).startsWith("Merci de répondre");
	}

	@Test
	void aLinkThatNoLongerOpensTheFileShowsAPageThatSaysWhyAndChangesNothing() throws Exception {
		PortalVisitor visitor = new PortalVisitor(port);
		String base = "http://localhost:" + port + ApplicationLinks.PATH;

		// a token nobody issued, a partner's reference, and not a token at all: 404, nothing named
		ApplicationRequests.Asked asked = requests.ask("Lapsing " + run, "FR");
		String madeUp = Base64.getUrlEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString().getBytes()).substring(0, 43);
		for (String wrong : List.of(madeUp, asked.reference(), "x")) {
			HttpResponse<String> page = visitor.get(base + wrong);
			assertThat(page.statusCode()).as(wrong).isEqualTo(404);
			assertThat(page.body()).contains("This link does not open anything").doesNotContain("Lapsing " + run);
		}

		// another partner's link opens that partner's file only
		ApplicationRequests.Asked other = requests.ask("Other " + run, "FR");
		assertThat(visitor.get(other.link()).body()).contains("Other " + run).doesNotContain("Lapsing " + run);

		// when the clock passes the link's deadline (the application's lapse), the link has expired
		ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(60))));
		HttpResponse<String> expired = visitor.get(asked.link());
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("Ce lien a expiré", "Lapsing " + run);
		HttpResponse<String> late = visitor.post(asked.link(), withAction(answers(), "submit"));
		assertThat(late.statusCode()).isEqualTo(410);
		assertThat(files.exists(asked.reference())).isFalse();
		ClockUtil.reset();

		// when the recruitment ends, its links show that the application is closed
		runtime.createProcessInstanceQuery().processInstanceBusinessKey(other.reference())
			.processDefinitionKey(RecruitmentProcess.KEY).list()
			.forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test: recruitment withdrawn"));
		HttpResponse<String> closed = visitor.get(other.link());
		assertThat(closed.statusCode()).isEqualTo(410);
		assertThat(closed.body()).contains("Cette candidature est close");
	}

	@Test
	void aRecruiterWithdrawsTheLinksAndOthersCannot() throws Exception {
		ApplicationRequests.Asked asked = requests.ask("Withdrawn " + run, "FR");
		String path = "/api/partners/" + asked.reference() + "/portal-links";

		// the committee may not, an unknown partner is a 404 problem
		assertThat(api("carl").send("DELETE", path, null, null, ApiClient.JSON).statusCode()).isEqualTo(403);
		assertThat(api("rita").send("DELETE", "/api/partners/P-0000-00000/portal-links", null, null, ApiClient.JSON)
			.statusCode()).isEqualTo(404);
		assertThat(new PortalVisitor(port).get(asked.link()).statusCode()).isEqualTo(200);

		// rita withdraws them: the link then says so, and the timeline keeps who did it
		HttpResponse<String> withdrawn = api("rita").send("DELETE", path, null, null, ApiClient.JSON);
		assertThat(withdrawn.statusCode()).isEqualTo(200);
		assertThat(withdrawn.body()).contains("\"withdrawn\":1");
		HttpResponse<String> page = new PortalVisitor(port).get(asked.link());
		assertThat(page.statusCode()).isEqualTo(410);
		assertThat(page.body()).contains("Ce lien a été retiré");
		assertThat(partners.timeline(asked.reference())).anySatisfy(event -> assertThat(event.getActor()).isEqualTo("rita"));
	}

	@Test
	void aFormWithoutItsPagesTokenOrWithStaffCredentialsChangesNothing() throws Exception {
		ApplicationRequests.Asked asked = requests.ask("Forged " + run, "FR");
		PortalVisitor visitor = new PortalVisitor(port);
		visitor.get(asked.link());

		// a form posted without the page's CSRF token (from another site, say) is refused, nothing kept
		HttpResponse<String> forged = visitor.send(HttpRequest.newBuilder(URI.create(asked.link()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("action=save&motivation=forged")));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("This form has expired", "Ce formulaire a expiré");
		assertThat(jdbc.queryForObject("select count(*) from portal_application_draft where partner_reference = ?",
				Long.class, asked.reference())).isZero();

		// a staff member's password opens nothing the link does not
		HttpResponse<String> staff = visitor.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ ApplicationLinks.PATH + asked.reference()))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("rita:rita".getBytes())));
		assertThat(staff.statusCode()).isEqualTo(404);

		// the portal's pages are not cached and send no referrer (the token is in their address)
		HttpResponse<String> page = visitor.get(asked.link());
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(page.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
	}

	static Map<String, String> answers() {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("motivation", "Your offer completes ours in retail");
		answers.put("organisation", "Two sales people and one engineer, half their time");
		answers.put("firstCustomers", "Three retailers we already serve");
		answers.put("strategy", "Integration services around your offer");
		answers.put("whyStrategic", "It opens the mid-market to us");
		answers.put("prospects", "300 kEUR in year 3, 20 customers");
		return answers;
	}

	private static Map<String, String> withAction(Map<String, String> answers, String action) {
		answers.put("action", action);
		return answers;
	}

	private ApiClient api(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

}
