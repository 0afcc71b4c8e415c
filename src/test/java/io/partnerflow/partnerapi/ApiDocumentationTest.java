package io.partnerflow.partnerapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API descriptions as a partner's developer and the staff read them: the partner API's at its
 * stable public address, with each endpoint, its bearer key scheme and its problem-details refusals;
 * staff's API's for the staff only; Swagger UI's page.
 */
@IntegrationTest
class ApiDocumentationTest {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	final HttpClient http = HttpClient.newHttpClient();

	/** Each operation of the partner API and the refusals it documents besides 401. */
	static final Map<String, List<String>> OPERATIONS = Map.ofEntries(Map.entry("get /api/partner/v1/partner", List.of()),
			Map.entry("get /api/partner/v1/deal-registrations", List.of()),
			Map.entry("post /api/partner/v1/deal-registrations", List.of("400", "409")),
			Map.entry("get /api/partner/v1/deal-registrations/{id}", List.of("404")),
			Map.entry("get /api/partner/v1/leads", List.of()), Map.entry("get /api/partner/v1/leads/{lead}", List.of("404")),
			Map.entry("post /api/partner/v1/leads/{lead}/accept", List.of("404", "409")),
			Map.entry("post /api/partner/v1/leads/{lead}/decline", List.of("404", "409")),
			Map.entry("post /api/partner/v1/leads/{lead}/contacted", List.of("404", "409")),
			Map.entry("post /api/partner/v1/leads/{lead}/offer", List.of("400", "404", "409")),
			Map.entry("post /api/partner/v1/leads/{lead}/won", List.of("400", "404", "409")),
			Map.entry("post /api/partner/v1/leads/{lead}/lost", List.of("400", "404", "409")),
			Map.entry("post /api/partner/v1/leads/{lead}/presales", List.of("400", "404", "409")));

	@Test
	void thePartnerApisDescriptionIsPublicAndNamesEachEndpointItsKeySchemeAndItsRefusals() throws Exception {
		HttpResponse<String> response = anonymous("/api/partner/v1/openapi.json");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode document = json.readTree(response.body());

		assertThat(document.at("/info/title").asText()).isEqualTo("PartnerFlow partner API");
		JsonNode scheme = document.at("/components/securitySchemes/partnerApiKey");
		assertThat(scheme.at("/type").asText()).isEqualTo("http");
		assertThat(scheme.at("/scheme").asText()).isEqualTo("bearer");
		assertThat(document.at("/security/0/partnerApiKey").isArray()).isTrue();
		assertThat(document.at("/components/schemas/Problem/properties/detail").isObject()).isTrue();
		List<String> paths = new ArrayList<>();
		document.at("/paths").fieldNames().forEachRemaining(paths::add);
		assertThat(paths).containsExactlyInAnyOrderElementsOf(OPERATIONS.keySet().stream().map(o -> o.split(" ")[1])
			.distinct().toList());
		OPERATIONS.forEach((operation, refusals) -> {
			String[] methodAndPath = operation.split(" ");
			JsonNode responses = document.at("/paths").get(methodAndPath[1]).get(methodAndPath[0]).get("responses");
			assertThat(responses).as(operation).isNotNull();
			for (String status : concat(List.of("401"), refusals)) {
				assertThat(responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText())
					.as("%s %s", operation, status).isEqualTo("#/components/schemas/Problem");
			}
		});
		JsonNode post = document.at("/paths/~1api~1partner~1v1~1deal-registrations/post");
		assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asText()).endsWith("DealRegistrationRequest");
		assertThat(post.at("/requestBody/content/application~1json/examples/opportunity/value").toString()).contains("customer");
		assertThat(document.at("/components/schemas/DealRegistrationRequest/required").toString())
			.contains("customer", "project", "expectedValue", "expectedCloseOn");
		// no caller's parameter leaks into the description, nor any staff endpoint
		assertThat(response.body()).doesNotContain("PartnerApiCaller", "/api/partners/", "staffBasic");
		assertThat(anonymous("/v3/api-docs/partner").statusCode()).isEqualTo(200);
	}

	@Test
	void staffsApiDescriptionIsForTheStaffAndSwaggerUiOpens() throws Exception {
		assertThat(anonymous("/v3/api-docs/staff").statusCode()).isEqualTo(401);
		assertThat(anonymous("/v3/api-docs").statusCode()).isEqualTo(401);
		HttpResponse<String> staff = new ApiClient(URI.create("http://localhost:" + port), "rita", "rita").get("/v3/api-docs/staff");
		assertThat(staff.statusCode()).isEqualTo(200);
		JsonNode document = json.readTree(staff.body());
		assertThat(document.at("/components/securitySchemes/staffBasic/scheme").asText()).isEqualTo("basic");
		assertThat(document.at("/paths").has("/api/partners/{reference}/cards")).isTrue();
		assertThat(document.at("/paths").has("/api/partner/v1/deal-registrations")).isFalse();
		HttpResponse<String> ui = anonymous("/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui");
		assertThat(anonymous("/v3/api-docs/swagger-config").body()).contains("/v3/api-docs/partner", "/v3/api-docs/staff");
	}

	HttpResponse<String> anonymous(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static List<String> concat(List<String> a, List<String> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

}
