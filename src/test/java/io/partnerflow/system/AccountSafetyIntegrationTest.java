package io.partnerflow.system;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;

import io.partnerflow.IntegrationTest;
import io.partnerflow.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts nobody else can lock out, at every door that checks a password; the production
 * headers; a user's e-mail, where its mails go, changed only by an administrator.
 */
@IntegrationTest
class AccountSafetyIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void wrongPasswordsFromOneAddressGet429WithRetryAfterAndTheVictimStillLogsInFromItsOwn() throws Exception {
		// given a victim, and an attacker at 203.0.113.50 guessing its password
		TestUsers.member(identityService, "victim", Groups.RECRUITERS);
		String attacker = "203.0.113.50";
		LoginForm form = new LoginForm(attacker);
		for (int i = 0; i < 6; i++) {
			assertThat(api("/api/partners", "victim", "guess" + i, attacker).statusCode()).isEqualTo(401);
		}

		// when the attacker tries again, on any door
		HttpResponse<String> api = api("/api/partners", "victim", "guess-again", attacker);
		HttpResponse<String> engineRest = api("/engine-rest/task", "victim", "guess-again", attacker);
		int webapp = form.post("victim", "guess-again");

		// then each answers 429 with Retry-After and a problem that says why, without checking the password
		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(api.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 300));
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(api.body()).contains("\"status\":429").contains("Too many wrong passwords").contains("not locked");
		assertThat(engineRest.statusCode()).isEqualTo(429);
		assertThat(webapp).isEqualTo(429);
		assertThat(api("/api/partners", "victim", "victim", attacker).statusCode()).as("even the right password waits")
			.isEqualTo(429);

		// and the victim at its own address logs in at once, at every door
		String own = "198.51.100.60";
		assertThat(api("/api/partners", "victim", "victim", own).statusCode()).isEqualTo(200);
		assertThat(api("/engine-rest/task?maxResults=15", "victim", "victim", own).statusCode()).isEqualTo(200);
		assertThat(webappLogin("victim", "victim", own)).isEqualTo(200);

		// and from the attacker's address the right password works after the wait
		Thread.sleep(Duration.ofSeconds(Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow())).toMillis() + 200);
		assertThat(api("/api/partners", "victim", "victim", attacker).statusCode()).isEqualTo(200);
	}

	@Test
	void camundasPermanentLockCannotBeReachedWhateverTheNumberOfWrongPasswords() {
		// given a user, and 30 wrong passwords spread over time (Camunda locked for good after 10)
		TestUsers.member(identityService, "steady", Groups.RECRUITERS);
		try {
			for (int i = 0; i < 30; i++) {
				ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + i * 120_000L));
				assertThat(identityService.checkPassword("steady", "wrong" + i)).isFalse();
			}

			// then the right password works at once
			assertThat(identityService.checkPassword("steady", "steady")).isTrue();
		}
		finally {
			ClockUtil.reset();
		}
	}

	@Test
	void engineRestAndApiSendTheProductionHeadersAndHstsUnderTls() throws Exception {
		for (String path : new String[] { "/engine-rest/task?maxResults=15", "/api/partners" }) {
			// when a TLS-terminating proxy on this host forwards a request made over HTTPS
			HttpResponse<String> secure = http.send(request(path, "rita", "rita", null).header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());

			// then
			assertThat(secure.statusCode()).isEqualTo(200);
			assertThat(secure.headers().firstValue("Strict-Transport-Security")).as(path)
				.hasValueSatisfying(v -> assertThat(v).contains("max-age="));
			assertThat(secure.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(secure.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			HttpResponse<String> plain = http.send(request(path, "rita", "rita", null).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(plain.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		}
	}

	@Test
	void theWebappSessionCookieIsSecureUnderTls() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		HttpResponse<Void> page = browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/"))
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.discarding());

		assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
			.isNotEmpty()
			.allSatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
	}

	@Test
	void aUserChangesItsNameAndPasswordButOnlyAnAdministratorItsEmail() throws Exception {
		// given
		TestUsers.member(identityService, "emma", Groups.RECRUITERS);
		String profile = "/engine-rest/user/emma/profile";

		// when emma sends her mails elsewhere
		HttpResponse<String> redirect = send("PUT", profile, "emma", "emma",
				"{\"id\":\"emma\",\"firstName\":\"Emma\",\"lastName\":\"Tester\",\"email\":\"emma@elsewhere.example\"}");

		// then it is refused and her mails still go to her address
		assertThat(redirect.statusCode()).isEqualTo(403);
		assertThat(redirect.body()).contains("Only an administrator");
		assertThat(identityService.createUserQuery().userId("emma").singleResult().getEmail()).isEqualTo("emma@partnerflow.test");

		// but she changes her name and her password
		assertThat(send("PUT", profile, "emma", "emma",
				"{\"id\":\"emma\",\"firstName\":\"Emmy\",\"lastName\":\"Tester\",\"email\":\"emma@partnerflow.test\"}")
			.statusCode()).isEqualTo(204);
		assertThat(send("PUT", "/engine-rest/user/emma/credentials", "emma", "emma",
				"{\"password\":\"emma-new-secret\",\"authenticatedUserPassword\":\"emma\"}").statusCode()).isEqualTo(204);

		// and the admin changes her e-mail
		assertThat(send("PUT", profile, "admin", "admin",
				"{\"id\":\"emma\",\"firstName\":\"Emmy\",\"lastName\":\"Tester\",\"email\":\"emma.t@partnerflow.test\"}")
			.statusCode()).isEqualTo(204);
		assertThat(identityService.createUserQuery().userId("emma").singleResult().getEmail()).isEqualTo("emma.t@partnerflow.test");

		// back as the other tests know her
		var emma = identityService.createUserQuery().userId("emma").singleResult();
		emma.setEmail("emma@partnerflow.test");
		emma.setPassword("emma");
		identityService.saveUser(emma);
	}

	private HttpResponse<String> api(String path, String user, String password, String address) throws Exception {
		return http.send(request(path, user, password, address).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String method, String path, String user, String password, String json)
			throws Exception {
		return http.send(request(path, user, password, "198.51.100.200").header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String user, String password, String address) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
			.header("Accept", "application/json")
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		if (address != null) {
			// the client a proxy on this host names (server.forward-headers-strategy)
			request.header("X-Forwarded-For", address);
		}
		return request;
	}

	private int webappLogin(String user, String password, String address) throws Exception {
		return new LoginForm(address).post(user, password);
	}

	/** The webapps' login page, opened from {@code address}: a session and its CSRF token. */
	final class LoginForm {

		final String address;

		final HttpClient browser;

		final String csrf;

		LoginForm(String address) throws Exception {
			this.address = address;
			CookieManager cookies = new CookieManager();
			this.browser = HttpClient.newBuilder().cookieHandler(cookies).build();
			browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).header("X-Forwarded-For", address).build(),
					HttpResponse.BodyHandlers.discarding());
			this.csrf = cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(c -> c.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElseThrow();
		}

		/** Logs in the way the login page does. */
		int post(String user, String password) throws Exception {
			return browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("X-XSRF-TOKEN", csrf)
			.header("X-Forwarded-For", address)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}

	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
