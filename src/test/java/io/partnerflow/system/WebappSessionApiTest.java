package io.partnerflow.system;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.partnerflow.IntegrationTest;
import io.partnerflow.support.WebappSession;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login of the Camunda webapps opens the own API's reads to the Cockpit plugins, with the
 * user's groups, and nothing else: a modifying request needs HTTP Basic, a logout closes it, and an
 * Authorization header is always the one that counts.
 */
@IntegrationTest
class WebappSessionApiTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	WebappSession session() {
		return new WebappSession(port);
	}

	@Test
	void aManagerLoggedIntoCockpitReadsTheInsightWithItsSession() throws Exception {
		WebappSession mona = session().login("mona", "cockpit");

		HttpResponse<String> heat = mona.get(heatOfRecruitment());

		assertThat(heat.statusCode()).as(heat.body()).isEqualTo(200);
		assertThat(heat.body()).contains("\"partners\":");
		assertThat(mona.send("HEAD", heatOfRecruitment(), null).statusCode()).isEqualTo(200);
		// the webapps stay logged in after the API's answers
		assertThat(mona.get("/camunda/api/engine/engine/default/process-definition/count").statusCode()).isEqualTo(200);
		assertThat(mona.get("/api/partners").statusCode()).isEqualTo(200);
		assertThat(mona.get("/api/no-such-thing").statusCode()).isEqualTo(404);
	}

	/** The webapps fire requests in parallel: an API answer must not change the session's id under them. */
	@Test
	void theApiLeavesTheWebappSessionAsItIs() throws Exception {
		WebappSession mona = session().login("mona", "cockpit");
		String session = mona.cookie("JSESSIONID");

		HttpResponse<String> heat = mona.get(heatOfRecruitment());
		HttpResponse<String> missing = mona.get("/api/no-such-thing");

		assertThat(heat.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(missing.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(mona.cookie("JSESSIONID")).isEqualTo(session);
	}

	@Test
	void theSessionKeepsTheUsersGroups() throws Exception {
		WebappSession rita = session().login("rita", "tasklist");

		assertThat(rita.get("/api/partners").statusCode()).isEqualTo(200);
		HttpResponse<String> heat = rita.get(heatOfRecruitment());
		assertThat(heat.statusCode()).isEqualTo(403);
		assertThat(heat.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void theSessionNeverModifies() throws Exception {
		WebappSession mona = session().login("mona", "cockpit");

		HttpResponse<String> post = mona.send("POST", "/api/partners/P-1999-00001/application", null);

		assertThat(post.statusCode()).isEqualTo(401);
		assertThat(post.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void anAuthorizationHeaderCountsOverTheSession() throws Exception {
		WebappSession mona = session().login("mona", "cockpit");

		// an unknown user: a wrong password would lock mona out for a few seconds (Camunda's brute-force protection)
		String wrong = "Basic " + Base64.getEncoder().encodeToString(("nobody" + System.nanoTime() + ":wrong").getBytes(StandardCharsets.UTF_8));
		assertThat(mona.send("GET", heatOfRecruitment(), wrong).statusCode()).isEqualTo(401);
		String rita = "Basic " + Base64.getEncoder().encodeToString("rita:rita".getBytes(StandardCharsets.UTF_8));
		assertThat(mona.send("GET", heatOfRecruitment(), rita).statusCode()).isEqualTo(403);
	}

	@Test
	void afterLogoutTheSessionOpensNothing() throws Exception {
		WebappSession mona = session().login("mona", "cockpit");
		assertThat(mona.get(heatOfRecruitment()).statusCode()).isEqualTo(200);

		// the webapp reads (which gives the new session its CSRF token), then its user logs out
		assertThat(mona.get("/camunda/api/engine/engine/default/process-definition/count").statusCode()).isEqualTo(200);
		HttpResponse<String> logout = mona.send("POST", "/camunda/api/admin/auth/user/default/logout", null);
		assertThat(logout.statusCode()).isEqualTo(200);

		assertThat(mona.get(heatOfRecruitment()).statusCode()).isEqualTo(401);
	}

	@Test
	void withoutASessionTheApiWantsHttpBasic() throws Exception {
		HttpResponse<String> anonymous = session().get(heatOfRecruitment());

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
	}

	private String heatOfRecruitment() {
		String id = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("partner-recruitment")
			.latestVersion()
			.singleResult()
			.getId();
		return "/api/insight/process-definitions/" + id + "/activities";
	}

}
