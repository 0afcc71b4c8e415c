package io.partnerflow.recruitment;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.Markets;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.UnknownMarketException;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.TestPartners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Markets are reference data: managers keep the list, and every way a candidate is listed (the API,
 * the candidate file, Tasklist's start form through {@code /engine-rest}) names one of its markets,
 * by its name or its French name in any case; anything else is refused and nothing is created.
 */
@IntegrationTest
class MarketsIntegrationTest {

	private static final String START = "/engine-rest/process-definition/key/" + RecruitmentProcess.KEY;

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	Markets markets;

	@Autowired
	ObjectMapper json;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void managersKeepTheListEveryoneReadsItAndOtherGroupsCannotChangeIt() throws Exception {
		String name = "Agriculture " + run;
		// a recruiter reads the markets; it may not add one, nor retire one
		HttpResponse<String> read = api("rita").get("/api/markets");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(json.readTree(read.body()).findValuesAsText("name")).contains("Retail", "Healthcare");
		assertThat(api("rita").postJson("/api/markets", "{\"name\": \"" + name + "\"}").statusCode()).isEqualTo(403);
		assertThat(api("rita").send("DELETE", "/api/markets/Retail", null, null, ApiClient.JSON).statusCode())
			.isEqualTo(403);
		assertThat(new ApiClient(URI.create("http://localhost:" + port), "nobody", "nothing").get("/api/markets")
			.statusCode()).isEqualTo(401);

		// a manager adds one, with its French name
		HttpResponse<String> added = api("mona").postJson("/api/markets",
				"{\"name\": \"" + name + "\", \"nameFr\": \"Agriculture FR " + run + "\"}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat(markets.find(name)).hasValueSatisfying(m -> assertThat(m.getNameFr()).isEqualTo("Agriculture FR " + run));

		// the same name again, in another case, or as another market's French name, is a conflict
		assertThat(api("mona").postJson("/api/markets", "{\"name\": \"" + name.toUpperCase() + "\"}").statusCode())
			.isEqualTo(409);
		assertThat(api("mona").postJson("/api/markets", "{\"name\": \"Santé\"}").statusCode()).isEqualTo(409);
		// a blank name, a control character, an unknown field: 400 with problem details
		HttpResponse<String> blank = api("mona").postJson("/api/markets", "{\"name\": \" \"}");
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(blank.body()).contains("name");
		assertThat(api("mona").postJson("/api/markets", "{\"name\": \"a\\u0007b\"}").statusCode()).isEqualTo(400);
		assertThat(api("mona").postJson("/api/markets", "{\"name\": \"X" + run + "\", \"retired\": false}").statusCode())
			.isEqualTo(400);
		// retiring an unknown market is 404
		assertThat(api("mona").send("DELETE", "/api/markets/Atlantis" + run, null, null, ApiClient.JSON).statusCode())
			.isEqualTo(404);
	}

	@Test
	void aCandidateNamesAMarketOfTheListByEitherNameInAnyCaseAndKeepsItsName() {
		CandidateData typed = TestPartners.candidate("Sante " + run);
		String reference = partners.register(typed.inMarket("  santé "), "rita").getReference();
		assertThat(partners.get(reference).getMarket()).isEqualTo("Healthcare");

		CandidateData unknown = TestPartners.candidate("Atlantis " + run);
		long before = partners.search(new io.partnerflow.partner.PartnerSearch("Atlantis " + run, null, null, null, null),
				0, 5).getTotalElements();
		assertThatThrownBy(() -> partners.register(unknown.inMarket("Atlantis"), "rita"))
			.isInstanceOf(UnknownMarketException.class)
			.hasMessageContaining("Invalid input");
		assertThat(partners.search(new io.partnerflow.partner.PartnerSearch("Atlantis " + run, null, null, null, null), 0, 5)
			.getTotalElements()).isEqualTo(before);
	}

	@Test
	void aRetiredMarketStaysOnItsPartnersAndIsNoLongerOfferedToNewCandidates() throws Exception {
		String name = "Retiring " + run;
		markets.add(name, null, "mona");
		String reference = partners.register(TestPartners.candidate("Old " + run).inMarket(name), "rita").getReference();

		assertThat(api("mona").send("DELETE", "/api/markets/" + name.replace(" ", "%20"), null, null, ApiClient.JSON)
			.statusCode()).isEqualTo(200);

		assertThat(partners.get(reference).getMarket()).isEqualTo(name);
		assertThatThrownBy(() -> partners.register(TestPartners.candidate("New " + run).inMarket(name), "rita"))
			.isInstanceOf(UnknownMarketException.class);
		assertThat(startForm("rita").findValuesAsText("value")).contains("Retail").doesNotContain(name);
	}

	@Test
	void theApiAndTheCandidateFileRefuseAMarketNotOnTheList() throws Exception {
		String candidate = """
				{"company": "Api %s", "country": "FR", "market": "Atlantis", "category": "RESELLER",
				 "contactName": "Jane Doe", "contactEmail": "jane@api-%s.example", "annualRevenue": 3000000,
				 "salesStaff": 4, "technicalStaff": 2, "competingSuppliers": 5}""".formatted(run, run);
		HttpResponse<String> listed = api("rita").postJson("/api/candidates", candidate);
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(400);
		assertThat(listed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json.readTree(listed.body()).path("errors").toString()).contains("market", "Atlantis", "Retail");

		String csv = String.join(",", CandidateCsvImport.COLUMNS) + "\n"
				+ "File %s 1,FR,retail,RESELLER,Jane,jane@f1-%s.example,,1000000,3,2,4\n".formatted(run, run)
				+ "File %s 2,FR,Atlantis,RESELLER,Jane,jane@f2-%s.example,,1000000,3,2,4\n".formatted(run, run);
		HttpResponse<String> imported = api("rita").send("POST", "/api/candidates/import", "text/csv", csv, ApiClient.JSON);
		assertThat(imported.statusCode()).as(imported.body()).isLessThan(300);
		JsonNode result = json.readTree(imported.body());
		assertThat(result.path("started").asInt()).isEqualTo(1);
		assertThat(result.path("errors").toString()).contains("\"line\":3", "Atlantis");
		String started = result.path("partners").get(0).path("reference").asText();
		assertThat(partners.get(started).getMarket()).isEqualTo("Retail");
	}

	@Test
	void theStartFormOffersTheMarketsInTheReadersLanguageAndTheEngineRefusesAnyOther() throws Exception {
		assertThat(startForm("rita").toString()).contains("\"label\":\"Healthcare\",\"value\":\"Healthcare\"");
		assertThat(startForm("raoul").toString()).contains("\"label\":\"Santé\",\"value\":\"Healthcare\"");

		String variables = """
				{"variables": {"company": {"value": "Form %s"}, "country": {"value": "FR"}, "market": {"value": "Atlantis"},
				 "category": {"value": "RESELLER"}, "contactName": {"value": "Jane Doe"},
				 "contactEmail": {"value": "jane@form-%s.example"}}}""".formatted(run, run);
		HttpResponse<String> started = api("rita").postJson(START + "/submit-form", variables);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
		assertThat(started.body()).contains("Atlantis", "is not one of the markets").doesNotContain("\tat ");
		assertThat(partners.search(new io.partnerflow.partner.PartnerSearch("Form " + run, null, null, null, null), 0, 5)
			.getTotalElements()).isZero();
	}

	private JsonNode startForm(String user) throws Exception {
		HttpResponse<String> form = api(user).get(START + "/deployed-start-form");
		assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
		for (JsonNode component : json.readTree(form.body()).path("components")) {
			if (Markets.FIELD.equals(component.path("key").asText())) {
				return component.path("values");
			}
		}
		throw new AssertionError("the start form has no market field: " + form.body());
	}

	private ApiClient api(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

}
