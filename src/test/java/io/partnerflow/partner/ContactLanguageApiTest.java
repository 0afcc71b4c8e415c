package io.partnerflow.partner;

import java.net.URI;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.TestPartners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language a partner's contact is written to in: its country's until someone says otherwise;
 * set by recruiters and managers through {@code PUT /api/partners/{reference}/contact-language},
 * a language PartnerFlow does not write in refused with a problem that names the field.
 */
@IntegrationTest
class ContactLanguageApiTest {

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	ObjectMapper json;

	@Test
	void aRecruiterSetsTheContactsLanguageAndTheTimelineSaysSo() throws Exception {
		// given a partner in France: its contact is written to in French
		String reference = partners.register(TestPartners.candidate("Spoken"), "rita").getReference();
		ApiClient rita = api("rita");
		assertThat(view(rita, reference).path("partner").path("contactLanguage").asText()).isEqualTo("fr");

		// when its recruiter hears the contact prefers English
		HttpResponse<String> set = rita.send("PUT", "/api/partners/" + reference + "/contact-language", ApiClient.JSON,
				"{\"language\": \"en\"}", ApiClient.JSON);

		// then the partner is written to in English from now on, and the timeline says who set it
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		assertThat(json.readTree(set.body()).path("contactLanguage").asText()).isEqualTo("en");
		assertThat(PartnerLanguage.of(partners.get(reference))).isEqualTo(java.util.Locale.ENGLISH);
		assertThat(partners.timeline(reference)).filteredOn(e -> e.getKind().equals("CONTACT_LANGUAGE"))
			.singleElement()
			.satisfies(e -> assertThat(e.getActor()).isEqualTo("rita"))
			.satisfies(e -> assertThat(e.getDescription()).contains("English"));
		// setting it again changes nothing, and writes no second line
		assertThat(rita.send("PUT", "/api/partners/" + reference + "/contact-language", ApiClient.JSON,
				"{\"language\": \"en\"}", ApiClient.JSON).statusCode()).isEqualTo(200);
		assertThat(partners.timeline(reference)).filteredOn(e -> e.getKind().equals("CONTACT_LANGUAGE")).hasSize(1);
	}

	@Test
	void aLanguagePartnerFlowDoesNotWriteInAnUnknownPartnerOrAnotherGroupIsRefused() throws Exception {
		String reference = partners.register(TestPartners.candidate("Unspoken"), "rita").getReference();
		String path = "/api/partners/" + reference + "/contact-language";

		HttpResponse<String> german = api("rita").send("PUT", path, ApiClient.JSON, "{\"language\": \"de\"}", ApiClient.JSON);
		assertThat(german.statusCode()).isEqualTo(400);
		assertThat(german.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(german.body()).contains("language", "en, fr");
		HttpResponse<String> blank = api("rita").send("PUT", path, ApiClient.JSON, "{\"language\": \" \"}", ApiClient.JSON);
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(api("rita").send("PUT", path, ApiClient.JSON, "{\"language\": \"fr\", \"reference\": \"P-1\"}",
				ApiClient.JSON).statusCode()).as("an unknown field").isEqualTo(400);
		assertThat(api("rita").send("PUT", "/api/partners/P-1999-99999/contact-language", ApiClient.JSON,
				"{\"language\": \"en\"}", ApiClient.JSON).statusCode()).isEqualTo(404);
		assertThat(api("mark").send("PUT", path, ApiClient.JSON, "{\"language\": \"en\"}", ApiClient.JSON).statusCode())
			.isEqualTo(403);
		assertThat(new ApiClient(URI.create("http://localhost:" + port), "nobody", "nothing")
			.send("PUT", path, ApiClient.JSON, "{\"language\": \"en\"}", ApiClient.JSON)
			.statusCode()).isEqualTo(401);
		assertThat(partners.get(reference).getContactLanguage()).isNull();
		assertThat(PartnerLanguage.of(partners.get(reference))).isEqualTo(java.util.Locale.FRENCH);
	}

	private ApiClient api(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

	private JsonNode view(ApiClient client, String reference) throws Exception {
		return json.readTree(client.get("/api/partners/" + reference).body());
	}

}
