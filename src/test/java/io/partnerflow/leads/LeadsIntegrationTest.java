package io.partnerflow.leads;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leads through their real doors: the lead cell records them with the API and a CSV file (refusals of
 * bad input, row by row), the routing table proposes the new partner of the lead's market first in the
 * customer's territory, the cell confirms it in its Tasklist task through the engine's REST API (a
 * partner the lead may not go to is refused there), and the partner gets the lead's letter; recruiters
 * read the leads of their own partners only.
 */
@IntegrationTest
class LeadsIntegrationTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	Leads leads;

	@Autowired
	Jobs jobs;

	@Autowired
	MailCatcher mailCatcher;

	ApiClient as(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

	/** A partner of rita's in {@code country}, signed {@code daysAgo} days ago, its 100-day plan started. */
	Partner signed(String name, String country, String market, PartnerCategory category, int daysAgo) {
		Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(daysAgo, ChronoUnit.DAYS);
		Partner partner = TestPartners.signedContract(partners, TestPartners.candidate(name, country, market, category),
				signedAt);
		runtime.startProcessInstanceByKey(OnboardingProcess.KEY, partner.getReference(),
				Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, Date.from(signedAt)));
		jobs.runDue();
		return partners.get(partner.getReference());
	}

	static String lead(String customer, String country, String market, String category) {
		return """
				{"customerCompany": "%s", "customerCountry": "%s", "project": "Booking system", "market": "%s",
				 "category": "%s", "estimatedValue": 40000, "source": "Trade fair Equip'Hotel"}"""
			.formatted(customer, country, market, category);
	}

	Task confirmation(String leadReference) {
		return tasks.createTaskQuery().processInstanceBusinessKey(leadReference)
			.taskDefinitionKey(LeadProcess.CONFIRM_PARTNER).singleResult();
	}

	@Test
	void theCellRecordsALeadTheTableProposesTheNewPartnerOfItsMarketAndThePartnerGetsIt() throws Exception {
		// given, in Iceland, a new partner of the hotel market, an older one of retail and one of another category
		Partner fresh = signed("Hotel Partner", "IS", "Hospitality", PartnerCategory.RESELLER, 10);
		Partner older = signed("Retail Partner", "IS", "Retail", PartnerCategory.RESELLER, 150);
		Partner integrator = signed("Integrator", "IS", "Hospitality", PartnerCategory.INTEGRATOR, 10);

		// when the lead cell records a lead
		HttpResponse<String> recorded = as("lena").postJson("/api/leads", lead("Hôtel Aurore", "is", "hospitality", "RESELLER"));

		// then it is recorded in the market's name, and its distribution starts
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		JsonNode body = JSON.readTree(recorded.body());
		String reference = body.path("reference").asText();
		assertThat(reference).matches("L-\\d{4}-\\d{5}");
		assertThat(recorded.headers().firstValue("Location").orElseThrow()).isEqualTo("/api/leads/" + reference);
		assertThat(body.path("market").asText()).isEqualTo("Hospitality");
		assertThat(body.path("customerCountry").asText()).isEqualTo("IS");
		jobs.runDue();

		// and lena confirms the partner the table proposes: the new one of the lead's market
		Task confirm = confirmation(reference);
		assertThat(confirm.getName()).isEqualTo("Confirm partner: Hôtel Aurore (" + reference + ")");
		assertThat(tasks.getVariable(confirm.getId(), LeadProcess.VAR_ASSIGNED_PARTNER)).isEqualTo(fresh.getReference());
		String choices = JSON.readTree(as("lena").get("/engine-rest/task/" + confirm.getId() + "/form-variables?deserializeValues=false").body())
			.path(LeadProcess.VAR_ELIGIBLE_PARTNERS).path("value").asText();
		List<String> offered = JSON.readTree(choices).findValuesAsText("value");
		assertThat(offered).containsSubsequence(fresh.getReference(), older.getReference())
			.doesNotContain(integrator.getReference());
		assertThat(tasks.getVariable(confirm.getId(), LeadProcess.VAR_PROPOSAL).toString())
			.contains(fresh.getCompany(), "score 100", "new partner in its 100 days, in the lead's market");

		// a partner the lead may not go to is refused at the engine, whoever sends it
		HttpResponse<String> wrong = submit(confirm, integrator.getReference());
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("not eligible: not of the category the lead needs");
		assertThat(submit(confirm, "P-1999-99999").body()).contains("P-1999-99999 is no partner's reference");
		// and the cell writes its choice only: not the proposal, nor the choices
		HttpResponse<String> forged = as("lena").send("POST", "/engine-rest/task/" + confirm.getId() + "/submit-form",
				ApiClient.JSON, "{\"variables\": {\"assignedPartner\": {\"value\": \"" + fresh.getReference()
						+ "\"}, \"proposedPartner\": {\"value\": \"" + older.getReference() + "\"}}}", ApiClient.JSON);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("proposedPartner");
		assertThat(as("rita").send("POST", "/engine-rest/task/" + confirm.getId() + "/submit-form", ApiClient.JSON,
				"{\"variables\": {\"assignedPartner\": {\"value\": \"" + fresh.getReference() + "\"}}}", ApiClient.JSON)
			.statusCode()).isIn(403, 404);

		// when lena confirms the older partner instead
		assertThat(submit(confirm, older.getReference()).statusCode()).isEqualTo(204);
		jobs.runDue();

		// then it has the lead, and its letter to accept it
		Lead offeredLead = leads.get(reference);
		assertThat(offeredLead.getStatus()).isEqualTo(LeadStatus.OFFERED);
		assertThat(offeredLead.getPartnerReference()).isEqualTo(older.getReference());
		assertThat(leads.offers(offeredLead)).singleElement().satisfies(offer -> {
			assertThat(offer.isProposed()).isFalse();
			assertThat(offer.getChosenBy()).isEqualTo("lena");
			assertThat(offer.getScore()).isEqualTo(50);
		});
		assertThat(mailCatcher.mailsReceivedBy(older.getContactEmail())).anySatisfy(mail -> {
			assertThat(mail.subject()).isEqualTo("A lead for you: Hôtel Aurore, Booking system");
			assertThat(mail.text()).contains(reference, "/portal/leads", "Estimated value: 40000 EUR");
		});
		assertThat(partners.timeline(older.getReference())).anySatisfy(event -> {
			assertThat(event.getKind()).isEqualTo("LEAD_OFFERED");
			assertThat(event.getActor()).isEqualTo("lena");
		});

		// and its recruiter reads it, another recruiter does not
		assertThat(as("rita").get("/api/leads/" + reference).statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(as("rita").get("/api/leads?partner=" + older.getReference()).body())
			.path("items").findValuesAsText("reference")).containsExactly(reference);
		assertThat(as("raoul").get("/api/leads?partner=" + older.getReference()).statusCode()).isEqualTo(403);
		assertThat(as("raoul").get("/api/leads/" + reference).statusCode()).isEqualTo(404);
		assertThat(as("rita").get("/api/leads").statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(as("mona").get("/api/leads/" + reference).body()).path("offers").findValuesAsText("partner"))
			.containsExactly(older.getReference());
	}

	HttpResponse<String> submit(Task task, String partner) throws Exception {
		return as("lena").send("POST", "/engine-rest/task/" + task.getId() + "/submit-form", ApiClient.JSON,
				"{\"variables\": {\"assignedPartner\": {\"value\": \"" + partner + "\"}}}", ApiClient.JSON);
	}

	@Test
	void badLeadsAreRefusedNamingTheirFieldsAndOnlyTheLeadCellAndManagersRecordThem() throws Exception {
		HttpResponse<String> empty = as("lena").postJson("/api/leads", "{}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(JSON.readTree(empty.body()).path("errors").findValuesAsText("field")).contains("customerCompany",
				"customerCountry", "project", "market", "category", "estimatedValue", "source");

		HttpResponse<String> market = as("lena").postJson("/api/leads", lead("Hôtel Bise", "FR", "Aerospace", "RESELLER"));
		assertThat(market.statusCode()).isEqualTo(400);
		assertThat(market.body()).contains("\"field\":\"market\"", "is not one of the markets");

		assertThat(as("lena").postJson("/api/leads", lead("Hôtel Bise", "France", "Retail", "RESELLER")).body())
			.contains("two-letter ISO country code");
		assertThat(as("lena").postJson("/api/leads", lead("Hôtel Bise", "FR", "Retail", "SHOP")).statusCode()).isEqualTo(400);
		assertThat(as("lena").postJson("/api/leads", lead("Hôtel Bise", "FR", "Retail", "RESELLER")
			.replace("40000", "-5")).body()).contains("estimatedValue");
		assertThat(as("lena").postJson("/api/leads", lead("Hôtel Bise", "FR", "Retail", "RESELLER")
			.replace("\"source\"", "\"owner\": \"x\", \"source\"")).statusCode()).isEqualTo(400);

		assertThat(as("rita").postJson("/api/leads", lead("Hôtel Bise", "FR", "Retail", "RESELLER")).statusCode()).isEqualTo(403);
		assertThat(as("mark").get("/api/leads").statusCode()).isEqualTo(403);
		assertThat(as("mona").postJson("/api/leads", lead("Hôtel Bise", "FR", "Retail", "RESELLER")).statusCode()).isEqualTo(201);
		assertThat(as("lena").get("/api/leads/L-1999-99999").statusCode()).isEqualTo(404);
		assertThat(as("lena").get("/api/leads?status=PENDING").statusCode()).isEqualTo(400);
		assertThat(as("lena").get("/api/leads?size=500").statusCode()).isEqualTo(400);
	}

	/**
	 * The status answered to a file announced larger than the limit (its Content-Length), before any of its
	 * bytes is sent: the import refuses it without reading it.
	 */
	int statusOfAnnounced(String path, int length) throws Exception {
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port
					+ "\r\nAuthorization: Basic " + java.util.Base64.getEncoder().encodeToString("lena:lena".getBytes())
					+ "\r\nContent-Type: text/csv\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
					java.nio.charset.StandardCharsets.US_ASCII)).readLine();
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
	}

	@Test
	void aLeadFileRecordsEachGoodRowAndReportsEachBadOneWithItsLine() throws Exception {
		String file = """
				customerCompany;customerCountry;project;market;category;estimatedValue;source
				Hôtel Cèdre;FR;Réservations en ligne;Hôtellerie et restauration;reseller;12 500,50 €;Salon
				Clinique Azur;FR;Dossier patient;Aerospace;INTEGRATOR;80k;Site web
				Lycée Monge;FR;Tablettes;Education;VAR;beaucoup;Appel d'offres
				;;;;;;
				Mairie de Sète;fr;"Wifi public; 3 sites";Public sector;IT services;1,2M;Rencontre
				""";

		HttpResponse<String> imported = as("lena").send("POST", "/api/leads/import", "text/csv; charset=UTF-8", file,
				ApiClient.JSON);

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		JsonNode result = JSON.readTree(imported.body());
		assertThat(result.path("recorded").asInt()).isEqualTo(2);
		assertThat(result.path("rejected").asInt()).isEqualTo(2);
		assertThat(result.path("leads").findValuesAsText("line")).containsExactly("2", "6");
		assertThat(result.path("errors").get(0).path("line").asInt()).isEqualTo(3);
		assertThat(result.path("errors").get(0).path("reason").asText()).contains("market", "Aerospace");
		assertThat(result.path("errors").get(1).path("line").asInt()).isEqualTo(4);
		assertThat(result.path("errors").get(1).path("reason").asText()).contains("estimatedValue must be a number");
		Lead hotel = leads.get(result.path("leads").get(0).path("reference").asText());
		assertThat(hotel.getMarket()).isEqualTo("Hospitality");
		assertThat(hotel.getEstimatedValue()).isEqualByComparingTo("12500.50");
		Lead townHall = leads.get(result.path("leads").get(1).path("reference").asText());
		assertThat(townHall.getProject()).isEqualTo("Wifi public; 3 sites");
		assertThat(townHall.getCategory()).isEqualTo(PartnerCategory.IT_SERVICES);
		assertThat(townHall.getEstimatedValue()).isEqualByComparingTo("1200000");

		// a broken file records nothing
		HttpResponse<String> columns = as("lena").send("POST", "/api/leads/import", "text/csv", "company;country\nA;FR\n",
				ApiClient.JSON);
		assertThat(columns.statusCode()).isEqualTo(400);
		assertThat(columns.body()).contains("missing column(s) customerCompany", "nothing was imported");
		HttpResponse<String> quote = as("lena").send("POST", "/api/leads/import", "text/csv",
				"customerCompany,customerCountry,project,market,category,estimatedValue,source\n\"Open,FR,P,Retail,VAR,1,S\n",
				ApiClient.JSON);
		assertThat(quote.statusCode()).isEqualTo(400);
		assertThat(statusOfAnnounced("/api/leads/import", 6 * 1024 * 1024)).isEqualTo(413);
		assertThat(as("rita").send("POST", "/api/leads/import", "text/csv", file, ApiClient.JSON).statusCode()).isEqualTo(403);
	}

}
