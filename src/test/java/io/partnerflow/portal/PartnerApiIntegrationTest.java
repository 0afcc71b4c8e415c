package io.partnerflow.portal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.partnerflow.IntegrationTest;
import io.partnerflow.dealregistration.DealRegistrations;
import io.partnerflow.leads.LeadProcess;
import io.partnerflow.leads.LeadRequest;
import io.partnerflow.leads.Leads;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.TestUsers;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.partner.PartnerEvent;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner API through its real doors: a portal user creates a key on its page (shown once, CSRF
 * checked), the partner's system registers and reads deals with it, and every wrong credential (none,
 * staff's, the portal password, a wrong, malformed or revoked key) gets 401 with a problem body; a key
 * never reaches another partner's data (404), and first to register a project is served (409 naming
 * nobody).
 */
@IntegrationTest
class PartnerApiIntegrationTest {

	static final String PASSWORD = "a long phrase for the portal";

	static final Pattern KEY = Pattern.compile("pfk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Jobs jobs;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	DealRegistrations registrations;

	@Autowired
	Leads leads;

	@Autowired
	TaskService tasks;

	@Autowired
	FormService forms;

	@Autowired
	IdentityService identity;

	final HttpClient http = HttpClient.newHttpClient();

	final Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.DAYS);

	@Test
	void aPartnersSystemRegistersAndReadsItsDealsWithTheKeyItsPortalUserCreated() throws Exception {
		// given a partner's contact logged in to the portal, and another partner with a registration
		SignedPartners signed = new SignedPartners(port, partners, runtime, jobs, mailCatcher);
		SignedPartners.Invited first = signed.sign("Api", signedAt);
		SignedPartners.Invited second = signed.sign("Other", signedAt);
		PortalVisitor contact = loggedIn(first);
		String page = "http://localhost:" + port + "/portal/api-keys";

		// when the contact creates a key
		HttpResponse<String> created = contact.post(page, Map.of("name", "Our CRM"));

		// then it is shown once, listed as never used, and kept as a fingerprint only
		assertThat(created.statusCode()).isEqualTo(200);
		String key = key(created.body());
		assertThat(PortalVisitor.text(contact.get(page))).contains("Our CRM", "jamais").doesNotContain(key);

		// when the partner's system registers an opportunity and reads it back
		String customer = "Maison Verte " + System.nanoTime();
		HttpResponse<String> registered = call("POST", "/api/partner/v1/deal-registrations", "Bearer " + key,
				body(customer, "Caisses"));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		long id = registrations.list(first.reference()).get(0).getId();
		assertThat(registered.headers().firstValue("Location")).hasValue("/api/partner/v1/deal-registrations/" + id);
		HttpResponse<String> list = call("GET", "/api/partner/v1/deal-registrations", "Bearer " + key, null);
		HttpResponse<String> one = call("GET", "/api/partner/v1/deal-registrations/" + id, "Bearer " + key, null);
		HttpResponse<String> record = call("GET", "/api/partner/v1/partner", "Bearer " + key, null);

		// then it is the partner's, under review, registered by the key, which is now used
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(customer, "\"status\":\"SUBMITTED\"");
		assertThat(one.body()).contains(customer).doesNotContain("registeredBy");
		assertThat(record.body()).contains("\"reference\":\"" + first.reference() + "\"", "\"status\":\"ONBOARDING\"");
		String keyId = key.substring(4, 20);
		assertThat(partners.timeline(first.reference())).anySatisfy(event -> {
			assertThat(event.getKind()).isEqualTo("DEAL_REGISTERED");
			assertThat(event.getActor()).isEqualTo("api-key:" + keyId);
		});
		assertThat(PortalVisitor.text(contact.get(page))).doesNotContain("jamais");

		// the other partner's registration is not found, nor changed, with this key
		PortalVisitor other = loggedIn(second);
		String othersKey = key(other.post(page, Map.of("name", "ERP")).body());
		String othersCustomer = "Atelier Bleu " + System.nanoTime();
		assertThat(call("POST", "/api/partner/v1/deal-registrations", "Bearer " + othersKey, body(othersCustomer, "Réseau"))
			.statusCode()).isEqualTo(201);
		long othersId = registrations.list(second.reference()).get(0).getId();
		HttpResponse<String> notTheirs = call("GET", "/api/partner/v1/deal-registrations/" + othersId, "Bearer " + key, null);
		assertThat(notTheirs.statusCode()).isEqualTo(404);
		assertThat(notTheirs.body()).doesNotContain(othersCustomer, second.reference());
		assertThat(call("GET", "/api/partner/v1/deal-registrations", "Bearer " + key, null).body())
			.doesNotContain(othersCustomer);

		// first to register a project is served: the second is refused, naming nobody
		HttpResponse<String> taken = call("POST", "/api/partner/v1/deal-registrations", "Bearer " + key,
				body(othersCustomer.toUpperCase(), "réseau"));
		assertThat(taken.statusCode()).isEqualTo(409);
		assertThat(taken.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(taken.body()).contains("Project already registered")
			.doesNotContain(second.reference(), partners.get(second.reference()).getCompany());

		// a bad body is refused with problem details naming the fields
		HttpResponse<String> bad = call("POST", "/api/partner/v1/deal-registrations", "Bearer " + key,
				"{\"customer\":\" \",\"project\":\"P\",\"expectedValue\":-5,\"expectedCloseOn\":\"" + LocalDate.now().plusDays(9) + "\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(bad.body()).contains("customer", "expectedValue");
		assertThat(registrations.list(first.reference())).hasSize(1);

		// when the contact revokes the key (a form of its page, with its token)
		long keyRow = Long.parseLong(matcher("/portal/api-keys/(\\d+)/revoke", PortalVisitor.text(contact.get(page))));
		HttpResponse<String> revoked = contact.post(page + "/" + keyRow + "/revoke", Map.of());

		// then calls with it are refused, and the other partner's key cannot be revoked from this login
		assertThat(revoked.statusCode()).isEqualTo(302);
		HttpResponse<String> afterRevocation = call("GET", "/api/partner/v1/deal-registrations", "Bearer " + key, null);
		assertThat(afterRevocation.statusCode()).isEqualTo(401);
		assertThat(afterRevocation.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		long othersRow = Long.parseLong(matcher("/portal/api-keys/(\\d+)/revoke", PortalVisitor.text(other.get(page))));
		assertThat(contact.post(page + "/" + othersRow + "/revoke", Map.of()).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/partner/v1/partner", "Bearer " + othersKey, null).statusCode()).isEqualTo(200);
	}

	@Test
	void aPartnersSystemFollowsTheLeadsOfferedToItAndNeverSeesAnotherPartnersLead() throws Exception {
		// given two resellers of Iceland (a country of this test alone), each with a key, and a lead of a customer
		// there that the lead cell passes to the first
		SignedPartners signed = new SignedPartners(port, partners, runtime, jobs, mailCatcher);
		SignedPartners.Invited first = signed.sign(TestPartners.candidate("Api lead", "IS", "Retail", PartnerCategory.RESELLER),
				signedAt);
		SignedPartners.Invited second = signed.sign(TestPartners.candidate("Api rival", "IS", "Retail",
				PartnerCategory.RESELLER), signedAt);
		String page = "http://localhost:" + port + "/portal/api-keys";
		String key = "Bearer " + key(loggedIn(first).post(page, Map.of("name", "Our CRM")).body());
		String othersKey = "Bearer " + key(loggedIn(second).post(page, Map.of("name", "ERP")).body());
		String customer = "Reykjavik Retail " + System.nanoTime();
		String lead = leads.record(new LeadRequest(customer, "IS", "Point of sale", "Retail", PartnerCategory.RESELLER,
				new BigDecimal("30000"), "Trade fair"), "lena").getReference();
		jobs.runDueOf(lead);
		Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(lead).taskDefinitionKey(LeadProcess.CONFIRM_PARTNER)
			.singleResult();
		TestUsers.as(identity, "lena", () -> {
			forms.submitTaskForm(confirm.getId(), Map.of(LeadProcess.VAR_ASSIGNED_PARTNER, first.reference()));
			return null;
		});
		jobs.runDueOf(lead);

		// when its system reads its leads, the lead is there, to answer
		HttpResponse<String> mine = call("GET", "/api/partner/v1/leads", key, null);
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("\"reference\":\"" + lead + "\"", customer, "\"offer\":\"OPEN\"");

		// then the other partner's key neither sees nor answers it (404, as for a lead that does not exist)
		assertThat(call("GET", "/api/partner/v1/leads", othersKey, null).body()).doesNotContain(lead, customer);
		HttpResponse<String> notTheirs = call("GET", "/api/partner/v1/leads/" + lead, othersKey, null);
		assertThat(notTheirs.statusCode()).isEqualTo(404);
		assertThat(notTheirs.body()).doesNotContain(customer);
		assertThat(call("POST", "/api/partner/v1/leads/" + lead + "/accept", othersKey, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/partner/v1/leads/L-1999-99999", key, null).statusCode()).isEqualTo(404);

		// and a lead not followed yet cannot be reported on (409); accepting it makes it the partner's, once
		assertThat(call("POST", "/api/partner/v1/leads/" + lead + "/contacted", key, null).statusCode()).isEqualTo(409);
		assertThat(call("POST", "/api/partner/v1/leads/" + lead + "/accept", key, null).statusCode()).isEqualTo(204);
		assertThat(call("POST", "/api/partner/v1/leads/" + lead + "/accept", key, null).statusCode()).isEqualTo(409);
		assertThat(call("POST", "/api/partner/v1/leads/" + lead + "/accept", othersKey, null).statusCode()).isEqualTo(404);

		// and bad reports are refused with problem details naming the fields, and change nothing
		HttpResponse<String> noOffer = call("POST", "/api/partner/v1/leads/" + lead + "/offer", key, "{\"offerValue\":-5}");
		assertThat(noOffer.statusCode()).isEqualTo(400);
		assertThat(noOffer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(noOffer.body()).contains("offerValue", "expectedCloseOn");
		HttpResponse<String> noReason = call("POST", "/api/partner/v1/leads/" + lead + "/lost", key, "{\"reason\":\" \"}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("reason");

		// and a report it may make is recorded, by its key
		assertThat(call("POST", "/api/partner/v1/leads/" + lead + "/contacted", key, null).statusCode()).isEqualTo(204);
		assertThat(call("GET", "/api/partner/v1/leads/" + lead, key, null).body()).contains("\"offer\":\"ACCEPTED\"",
				"\"progress\":\"CONTACTED\"");
		assertThat(partners.timeline(first.reference())).anySatisfy(event -> {
			assertThat(event.getKind()).isEqualTo("LEAD_ACCEPTED");
			assertThat(event.getActor()).startsWith("api-key:");
		});
	}

	@Test
	void everyCredentialButAKeyInUseIsRefusedWith401AndTheKeysPageChecksItsForms() throws Exception {
		SignedPartners.Invited partner = new SignedPartners(port, partners, runtime, jobs, mailCatcher).sign("Creds", signedAt);
		PortalVisitor contact = loggedIn(partner);
		String page = "http://localhost:" + port + "/portal/api-keys";
		String key = key(contact.post(page, Map.of("name", "CRM")).body());
		String path = "/api/partner/v1/deal-registrations";

		for (String credentials : new String[] { null, basic("rita", "rita"), basic(partner.email(), PASSWORD),
				basic(key.substring(4, 20), key.substring(21)), "Bearer " + key.substring(0, key.length() - 1) + "x",
				"Bearer " + key.substring(0, 30), "Bearer ", "Bearer " + key + "x", "Bearer pfk_" + key }) {
			HttpResponse<String> refused = call("GET", path, credentials, null);
			assertThat(refused.statusCode()).as(String.valueOf(credentials)).isEqualTo(401);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"PartnerFlow partner API\"");
			assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
		}
		assertThat(call("POST", path, basic("mona", "mona"), body("C", "P")).statusCode()).isEqualTo(401);
		assertThat(registrations.list(partner.reference())).isEmpty();
		// the key itself opens nothing of staff's API nor of the portal
		assertThat(call("GET", "/api/partners/" + partner.reference(), "Bearer " + key, null).statusCode()).isEqualTo(401);
		assertThat(call("GET", "/api/partners/" + partner.reference() + "/deal-registrations", "Bearer " + key, null)
			.statusCode()).isEqualTo(401);

		// the page refuses a bad name next to its field, a form without its token, and a visitor without a login
		HttpResponse<String> blank = contact.post(page, Map.of("name", " "));
		assertThat(blank.statusCode()).isEqualTo(422);
		assertThat(PortalVisitor.fieldError(blank.body(), "name")).startsWith("Merci de nommer la clé");
		HttpResponse<String> noToken = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=Forged")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(noToken.statusCode()).isIn(302, 403);
		assertThat(new PortalVisitor(port).get(page).headers().firstValue("Location").orElseThrow()).endsWith("/portal/login");
		assertThat(PortalVisitor.text(contact.get(page))).doesNotContain("Forged");
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static String body(String customer, String project) {
		return "{\"customer\":\"" + customer + "\",\"project\":\"" + project + "\",\"expectedValue\":15000,"
				+ "\"expectedCloseOn\":\"" + LocalDate.now().plusDays(60) + "\"}";
	}

	HttpResponse<String> call(String method, String path, String authorization, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String key(String page) {
		return matcher("(" + KEY.pattern() + ")", page);
	}

	static String matcher(String regex, String text) {
		Matcher found = Pattern.compile(regex).matcher(text);
		assertThat(found.find()).as(text).isTrue();
		return found.group(1);
	}

	PortalVisitor loggedIn(SignedPartners.Invited invited) throws Exception {
		return PortalVisitor.loggedIn(port, invited, PASSWORD, "/portal/api-keys");
	}

}
