package io.partnerflow.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.partnerflow.IntegrationTest;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.WebappSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what: every endpoint of the own API and of the engine's REST API, called
 * anonymously, with a wrong password and as a demo user of each group. Anonymous and wrong
 * passwords get 401, a user outside the allowed groups 403 with a problem body.
 */
@IntegrationTest
class SecurityMatrixTest {

	/** One demo user per group; each password is the user id. */
	static final List<String> USERS = List.of("rita", "claire", "carl", "mona", "mark", "tess", "luc", "leo", "lena", "admin");

	/** An endpoint and the users allowed to call it; all others must get 403. */
	record Endpoint(String method, String path, String body, Set<String> allowed) {
		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	static final Set<String> RECRUITERS_MANAGERS = Set.of("rita", "mona", "admin");

	static final Set<String> RECRUITERS_ONLY = Set.of("rita", "admin");

	static final Set<String> MANAGERS_ONLY = Set.of("mona", "admin");

	static final Set<String> EVERYONE = Set.copyOf(USERS);

	static List<Endpoint> endpoints() {
		return List.of(new Endpoint("GET", "/api/partners", null, RECRUITERS_MANAGERS),
				new Endpoint("GET", "/api/partners?status=CANDIDATE&page=0&size=5", null, RECRUITERS_MANAGERS),
				new Endpoint("GET", "/api/partners/P-1999-00001", null, RECRUITERS_MANAGERS),
				new Endpoint("GET", "/api/partners/P-1999-00001/deals", null, RECRUITERS_MANAGERS),
				new Endpoint("PUT", "/api/partners/P-1999-00001/contact-language", "{\"language\":\"en\"}", RECRUITERS_MANAGERS),
				new Endpoint("POST", "/api/partners/P-1999-00001/deals",
						"{\"customer\":\"Acme\",\"amount\":1000,\"signedOn\":\"2026-01-05\"}", RECRUITERS_MANAGERS),
				new Endpoint("GET", "/api/partners/P-1999-00001/onboarding-plan", null, RECRUITERS_MANAGERS),
				// the training team certifies the partners' people; the staff read who is certified
				new Endpoint("POST", "/api/partners/P-1999-00001/certifications",
						"{\"personName\":\"Ana\",\"role\":\"SALES\",\"certifiedOn\":\"2026-01-05\",\"expiresOn\":\"2028-01-05\"}",
						Set.of("tess", "admin")),
				// (the leadership is staff too since its CEO meets strategic partners' CEOs)
				new Endpoint("GET", "/api/partners/P-1999-00001/certifications", null, EVERYONE),
				new Endpoint("GET", "/api/partners/P-1999-00001/deal-registrations", null, RECRUITERS_MANAGERS),
				new Endpoint("GET", "/api/partners/P-1999-00001/deal-registrations/1", null, RECRUITERS_MANAGERS),
				new Endpoint("POST", "/api/partners/P-1999-00001/deal-registrations",
						"{\"customer\":\"Acme\",\"project\":\"Network\",\"expectedValue\":1000,\"expectedCloseOn\":\"2099-01-05\"}",
						RECRUITERS_MANAGERS),
				new Endpoint("POST", "/api/partners/P-1999-00001/deal-registrations/1/update",
						"{\"expectedValue\":1000,\"expectedCloseOn\":\"2099-01-05\"}", RECRUITERS_MANAGERS),
				new Endpoint("POST", "/api/partners/P-1999-00001/deal-registrations/1/won",
						"{\"amount\":1000,\"signedOn\":\"2026-01-05\"}", RECRUITERS_MANAGERS),
				new Endpoint("POST", "/api/partners/P-1999-00001/deal-registrations/1/lost", null, RECRUITERS_MANAGERS),
				// managers issue yellow and red cards; the staff who read partners list them
				new Endpoint("POST", "/api/partners/P-1999-00001/cards",
						"{\"reason\":\"Took our lead to a competitor\",\"evidence\":\"The customer's quote\"}", MANAGERS_ONLY),
				new Endpoint("GET", "/api/partners/P-1999-00001/cards", null, RECRUITERS_MANAGERS),
				// the lead cell and managers record leads; recruiters read their partners' (a list names the partner: 400)
				new Endpoint("POST", "/api/leads", "{}", Set.of("lena", "mona", "admin")),
				new Endpoint("POST", "/api/leads/import", "customerCompany,customerCountry\n", Set.of("lena", "mona", "admin")),
				new Endpoint("GET", "/api/leads", null, Set.of("lena", "mona", "rita", "admin")),
				new Endpoint("GET", "/api/leads?status=OFFERED&page=0&size=5", null, Set.of("lena", "mona", "rita", "admin")),
				new Endpoint("GET", "/api/leads/L-1999-00001", null, Set.of("lena", "mona", "rita", "admin")),
				new Endpoint("GET", "/api/decisions/lead-routing", null, MANAGERS_ONLY),
				new Endpoint("PUT", "/api/decisions/lead-routing", "{}", MANAGERS_ONLY),
				// a lead is distributed from the API and the lead file only: no business user starts one in Tasklist
				new Endpoint("POST", "/engine-rest/process-definition/key/lead-distribution/start", "{\"variables\":{}}",
						Set.of("admin")),
				new Endpoint("POST", "/api/candidates", "{}", RECRUITERS_ONLY),
				new Endpoint("POST", "/api/candidates?overrideReason=a+namesake", "{}", MANAGERS_ONLY),
				new Endpoint("POST", "/api/candidates/import", "company,country\n", RECRUITERS_ONLY),
				new Endpoint("POST", "/api/partners/P-1999-00001/application", "{}", RECRUITERS_MANAGERS),
				new Endpoint("GET", "/api/partners/P-1999-00001/personal-data", null, Set.of("admin")),
				new Endpoint("POST", "/api/partners/P-1999-00001/personal-data/erasure", null, Set.of("admin")),
				new Endpoint("POST", "/api/migrations/partner-recruitment", "{}", Set.of("admin")),
				new Endpoint("DELETE", "/api/partners/P-1999-00001/portal-links", null, RECRUITERS_MANAGERS),
				new Endpoint("GET", "/api/kpis", null, MANAGERS_ONLY),
				new Endpoint("GET", "/api/kpis?from=2019-01-01&to=2019-12-31", null, MANAGERS_ONLY),
				new Endpoint("GET", "/api/kpis/export.csv?from=2019-01-01&to=2019-12-31", null, MANAGERS_ONLY),
				new Endpoint("GET", "/api/kpis/trend", null, MANAGERS_ONLY),
				new Endpoint("GET", "/api/kpis/trend?months=36", null, MANAGERS_ONLY),
				// every user reads its own caught mails (MailCatcherTest); only an admin empties the catcher
				new Endpoint("GET", "/api/demo/mails", null, EVERYONE),
				new Endpoint("GET", "/api/demo/mails?to=rita@partnerflow.test", null, EVERYONE),
				new Endpoint("DELETE", "/api/demo/mails", null, Set.of("admin")),
				new Endpoint("GET", "/api/insight/process-definitions/partner-recruitment:1:unknown/activities", null,
						MANAGERS_ONLY),
				new Endpoint("GET", "/api/decisions/selection-criteria", null, MANAGERS_ONLY),
				new Endpoint("GET", "/api/decisions/partner-tier", null, MANAGERS_ONLY),
				// a JSON body is not a table (415): the allowed users reach the check, the others are refused before it
				new Endpoint("PUT", "/api/decisions/selection-criteria", "{}", MANAGERS_ONLY),
				new Endpoint("PUT", "/api/decisions/partner-tier", "{}", MANAGERS_ONLY),
				// the markets: the staff read them, managers add and retire them
				new Endpoint("GET", "/api/markets", null, EVERYONE),
				new Endpoint("POST", "/api/markets", "{}", MANAGERS_ONLY),
				new Endpoint("DELETE", "/api/markets/Atlantis", null, MANAGERS_ONLY),
				new Endpoint("GET", "/api/decisions/onboarding-plan", null, MANAGERS_ONLY),
				new Endpoint("PUT", "/api/decisions/onboarding-plan", "{}", MANAGERS_ONLY),
				// staff's API description is for the staff (the partner API's is public: ApiDocumentationTest)
				new Endpoint("GET", "/v3/api-docs/staff", null, EVERYONE),
				new Endpoint("GET", "/v3/api-docs", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/process-definition?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/task?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/filter?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/history/process-instance?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/process-instance?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/deployment?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/decision-definition?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/job?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/incident?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/history/task?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/user?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/group?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/authorization?maxResults=15", null, EVERYONE),
				new Endpoint("GET", "/engine-rest/process-definition/key/partner-recruitment/form-variables", null,
						Set.of("rita", "mona", "luc", "admin")),
				new Endpoint("POST", "/engine-rest/process-definition/key/partner-recruitment/start", "{\"variables\":{}}",
						Set.of("rita", "admin")),
				// the year's recruitment plan is opened by managers only (its first step refuses the empty start: 400)
				new Endpoint("POST", "/engine-rest/process-definition/key/recruitment-plan/start", "{\"variables\":{}}",
						Set.of("mona", "admin")),
				new Endpoint("GET", "/api/recruitment-plans", null, Set.of("mona", "leo", "admin")),
				new Endpoint("POST", "/api/recruitment-plans", "{}", MANAGERS_ONLY),
				new Endpoint("PUT", "/api/recruitment-plans/2031", "{}", MANAGERS_ONLY),
				new Endpoint("GET", "/api/kpis/plan-progress/2031", null, MANAGERS_ONLY),
				// a partner's tier is reviewed by its timer and by a won deal only: no business user starts one
				new Endpoint("POST", "/engine-rest/process-definition/key/partner-tier-review/start", "{\"variables\":{}}",
						Set.of("admin")),
				// a partner's recurring autonomy reviews start from its day-100 review only, and end when it is
				// autonomous or leaves: no business user starts one, nor ends one with the exit's message
				new Endpoint("POST", "/engine-rest/process-definition/key/autonomy-review/start", "{\"variables\":{}}",
						Set.of("admin")),
				new Endpoint("POST", "/engine-rest/message",
						"{\"messageName\":\"Message_AutonomyPartnerExited\",\"businessKey\":\"P-2026-00001\",\"all\":true}",
						Set.of("admin")),
				// a card's process starts from the managers' API only: no business user starts one through the engine
				new Endpoint("POST", "/engine-rest/process-definition/key/partner-card/start", "{\"variables\":{}}",
						Set.of("admin")),
				// the monthly KPI report starts from its timer only: no business user sends it out of turn
				new Endpoint("POST", "/engine-rest/process-definition/key/kpi-report/start", "{\"variables\":{}}",
						Set.of("admin")),
				// the metrics: the group monitoring (a scraper's account, MetricsIntegrationTest) and administrators
				new Endpoint("GET", "/actuator/prometheus", null, Set.of("admin")));
	}

	static final String LOCKED_OUT = "guesser";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	RepositoryService repositoryService;

	final HttpClient http = HttpClient.newHttpClient();

	static Stream<Arguments> calls() {
		return endpoints().stream().flatMap(e -> USERS.stream().map(user -> Arguments.of(e, user)));
	}

	static Stream<Endpoint> everyEndpoint() {
		return endpoints().stream();
	}

	@ParameterizedTest(name = "{0} anonymous")
	@MethodSource("everyEndpoint")
	void anonymousCallsAreRefusedWith401(Endpoint endpoint) throws Exception {
		HttpResponse<String> response = call(endpoint, null, null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
	}

	/**
	 * Uses a user of its own, and an address of its own for each call: after five wrong passwords
	 * for an account from one address the login throttle answers 429 (AccountSafetyIntegrationTest).
	 */
	@ParameterizedTest(name = "{0} wrong password")
	@MethodSource("everyEndpoint")
	void aWrongPasswordIsRefusedWith401(Endpoint endpoint) throws Exception {
		if (identityService.createUserQuery().userId(LOCKED_OUT).count() == 0) {
			User user = identityService.newUser(LOCKED_OUT);
			user.setPassword("right-password");
			identityService.saveUser(user);
			identityService.createMembership(LOCKED_OUT, Groups.MANAGERS);
		}
		assertThat(call(endpoint, LOCKED_OUT, "wrong-password", nextAddress()).statusCode()).isEqualTo(401);
		assertThat(call(endpoint, "nobody" + System.nanoTime(), "whatever", nextAddress()).statusCode()).isEqualTo(401);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("calls")
	void eachGroupGetsExactlyItsRights(Endpoint endpoint, String user) throws Exception {
		HttpResponse<String> response = call(endpoint, user, user);

		if (endpoint.allowed().contains(user)) {
			assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403).isLessThan(500);
		}
		else if (endpoint.path().startsWith("/engine-rest/")) {
			// Camunda refuses in its own error format, and hides a definition the user may not read (404)
			assertThat(response.statusCode()).as(response.body()).isIn(403, 404);
			assertThat(response.body()).contains("\"type\":");
		}
		else {
			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("\"status\":403");
		}
	}

	/** Deploying runs the model's expressions on the server: camunda-admin only. */
	@ParameterizedTest(name = "deploy as {0}")
	@MethodSource("users")
	void onlyAdministratorsDeploy(String user) throws Exception {
		// given a harmless model
		String key = "matrix-deploy-" + user;
		String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
				+ " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"d\" targetNamespace=\"x\"><bpmn:process id=\"" + key
				+ "\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\"><bpmn:startEvent id=\"StartEvent_Start\"/></bpmn:process></bpmn:definitions>";

		// when the user deploys it as the Modeler does
		HttpResponse<String> response = new ApiClient(URI.create("http://localhost:" + port), user, user).deploy(key,
				bpmn.getBytes(StandardCharsets.UTF_8));

		// then
		if (user.equals("admin")) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			repositoryService.createDeploymentQuery().deploymentName(key).list()
				.forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
		}
		else {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
			assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
		}
	}

	static Stream<String> users() {
		return USERS.stream();
	}

	/** The portal's link pages with no link behind them: a token nobody issued, a partner's reference. */
	static final List<String> PORTAL_WITHOUT_LINK = List.of("/portal/application/" + "A".repeat(43),
			"/portal/application/P-1999-00001", "/portal/password/" + "A".repeat(43));

	/** The portal's pages that need a partner's login. */
	static final List<String> PORTAL_WITH_LOGIN = List.of("/portal/", "/portal/plan", "/portal/colleagues",
			"/portal/api-keys", "/portal/leads", "/portal/partners/P-1999-00001");

	/** The partner API's doors: a partner's API key only (PartnerApiIntegrationTest); everyone else 401. */
	static final List<Endpoint> PARTNER_API = List.of(new Endpoint("GET", "/api/partner/v1/partner", null, Set.of()),
			new Endpoint("GET", "/api/partner/v1/deal-registrations", null, Set.of()),
			new Endpoint("GET", "/api/partner/v1/deal-registrations/1", null, Set.of()),
			new Endpoint("GET", "/api/partner/v1/leads", null, Set.of()),
			new Endpoint("GET", "/api/partner/v1/leads/L-1999-00001", null, Set.of()),
			new Endpoint("POST", "/api/partner/v1/leads/L-1999-00001/accept", null, Set.of()),
			new Endpoint("POST", "/api/partner/v1/leads/L-1999-00001/lost", "{\"reason\":\"Went elsewhere\"}", Set.of()),
			new Endpoint("POST", "/api/partner/v1/deal-registrations",
					"{\"customer\":\"Acme\",\"project\":\"Network\",\"expectedValue\":1000,\"expectedCloseOn\":\"2099-01-05\"}",
					Set.of()));

	/**
	 * No staff password opens the partner API, whatever the user's groups (an administrator's neither):
	 * 401 with a problem body and a bearer challenge, as for anonymous callers.
	 */
	@ParameterizedTest(name = "partner API as {0}")
	@MethodSource("users")
	void staffCredentialsOpenNothingOfThePartnerApi(String user) throws Exception {
		for (Endpoint endpoint : PARTNER_API) {
			for (HttpResponse<String> response : List.of(call(endpoint, user, user), call(endpoint, null, null))) {
				assertThat(response.statusCode()).as("%s as %s", endpoint, user).isEqualTo(401);
				assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
			}
		}
	}

	/**
	 * The portal opens by its personal links and its own login only: a staff member's password, or its
	 * login to the webapps, opens nothing there (a link page is 404, any other page sends to the
	 * portal's login); the links' other refusals, expired or another partner's, are in
	 * {@code PortalApplicationIntegrationTest} and {@code PortalPartnerIntegrationTest}.
	 */
	@ParameterizedTest(name = "portal as {0}")
	@MethodSource("users")
	void staffCredentialsOpenNothingInThePortal(String user) throws Exception {
		WebappSession webapps = new WebappSession(port).login(user, "tasklist");
		for (String path : PORTAL_WITHOUT_LINK) {
			assertThat(call(new Endpoint("GET", path, null, Set.of()), user, user).statusCode())
				.as("%s with %s's password", path, user).isEqualTo(404);
			assertThat(webapps.get(path).statusCode()).as("%s with %s's webapp login", path, user).isEqualTo(404);
		}
		for (String path : PORTAL_WITH_LOGIN) {
			for (HttpResponse<String> response : List.of(call(new Endpoint("GET", path, null, Set.of()), user, user),
					webapps.get(path))) {
				assertThat(response.statusCode()).as("%s as %s", path, user).isEqualTo(302);
				assertThat(response.headers().firstValue("Location")).as("%s as %s", path, user)
					.hasValueSatisfying(to -> assertThat(to).endsWith("/portal/login"));
			}
		}
	}

	/** Anonymous: a link page without a link is 404, any other page sends to the portal's login. */
	@org.junit.jupiter.api.Test
	void anonymousVisitorsOfThePortalAreSentToItsLogin() throws Exception {
		for (String path : PORTAL_WITHOUT_LINK) {
			assertThat(call(new Endpoint("GET", path, null, Set.of()), null, null).statusCode()).as(path).isEqualTo(404);
		}
		for (String path : PORTAL_WITH_LOGIN) {
			HttpResponse<String> response = call(new Endpoint("GET", path, null, Set.of()), null, null);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/portal/login");
		}
	}

	static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

	/** A client address of its own, as a proxy on this host names it. */
	static String nextAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "198.18." + (n / 250) + "." + (n % 250 + 1);
	}

	private HttpResponse<String> call(Endpoint endpoint, String user, String password) throws Exception {
		return call(endpoint, user, password, null);
	}

	private HttpResponse<String> call(Endpoint endpoint, String user, String password, String address) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
			.header("Accept", "application/json");
		if (address != null) {
			request.header("X-Forwarded-For", address);
		}
		if (user != null) {
			String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + credentials);
		}
		HttpRequest.BodyPublisher body = endpoint.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(endpoint.body());
		if (endpoint.body() != null) {
			request.header("Content-Type", endpoint.body().startsWith("{") ? "application/json" : "text/csv");
		}
		return http.send(request.method(endpoint.method(), body).build(), HttpResponse.BodyHandlers.ofString());
	}

}
