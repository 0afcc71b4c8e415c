package io.partnerflow.system;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each demo user gets in the webapps: every user logs into Tasklist with the password the
 * README gives; managers also into Cockpit, only the admin into Admin; each sees the Tasklist
 * filters of its groups.
 */
@IntegrationTest
class WebappAccessTest {

	static final Map<String, Set<String>> APPS = Map.ofEntries(Map.entry("rita", Set.of("tasklist")),
			Map.entry("raoul", Set.of("tasklist")), Map.entry("claire", Set.of("tasklist")),
			Map.entry("carl", Set.of("tasklist")), Map.entry("cora", Set.of("tasklist")),
			Map.entry("mona", Set.of("tasklist", "cockpit")), Map.entry("mark", Set.of("tasklist")),
			Map.entry("tess", Set.of("tasklist")), Map.entry("luc", Set.of("tasklist")),
			Map.entry("leo", Set.of("tasklist")), Map.entry("admin", Set.of("tasklist", "cockpit", "admin")));

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "rita", "raoul", "claire", "carl", "cora", "mona", "mark", "tess", "luc", "leo", "admin" })
	void everyDemoUserLogsIntoExactlyTheAppsOfItsGroups(String user) throws Exception {
		for (String app : List.of("tasklist", "cockpit", "admin")) {
			int status = webappLogin(user, user, app);
			assertThat(status).as("%s logging into %s", user, app).isEqualTo(APPS.get(user).contains(app) ? 200 : 403);
		}
	}

	@Test
	void aWrongPasswordDoesNotOpenTasklist() throws Exception {
		assertThat(webappLogin("nobody", "nothing", "tasklist")).isEqualTo(401);
	}

	@Test
	void eachGroupSeesItsTasklistFilters() throws Exception {
		assertThat(filters("rita")).containsExactlyInAnyOrder("My tasks", "My group's tasks", "Recruitment", "Onboarding");
		assertThat(filters("carl")).containsExactlyInAnyOrder("My tasks", "My group's tasks", "Committee votes");
		// (luc reads French: the filters' names too)
		assertThat(filters("luc")).containsExactlyInAnyOrder("Mes tâches", "Les tâches de mes groupes", "Recrutement");
		assertThat(filters("mark")).containsExactlyInAnyOrder("My tasks", "My group's tasks", "Onboarding");
		assertThat(filters("mona")).containsExactlyInAnyOrder("My tasks", "My group's tasks", "Recruitment",
				"Onboarding", "Leads");
		// the lead cell confirms the partner of each lead and decides on those that come back
		assertThat(filters("lena")).containsExactlyInAnyOrder("My tasks", "My group's tasks", "Leads");
		// the leadership's only tasks are its CEO's meetings with strategic partners, in its group's list (and its
		// account page: the language of its report)
		assertThat(filters("leo")).containsExactlyInAnyOrder("My tasks", "My group's tasks");
	}

	/** Logs in the way the webapps' login page does: a fresh session, its CSRF token, a form post. */
	private int webappLogin(String user, String password, String app) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		http.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.discarding());
		String csrf = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		HttpRequest login = HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/" + app))
			.header("X-XSRF-TOKEN", csrf)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
			.build();
		return http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private List<String> filters(String user) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url("/engine-rest/filter?maxResults=2000")).header("Authorization", "Basic " + basic).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode list = new ObjectMapper().readTree(response.body());
		return list.findValuesAsText("name");
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
