package io.partnerflow.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser logged into the Camunda webapps (or not yet): its cookies and the webapps' CSRF token,
 * for the requests a page of Tasklist or Cockpit, or a page PartnerFlow serves, would send.
 * Redirects are not followed, so a test sees where it is sent.
 */
public final class WebappSession {

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

	public WebappSession(int port) {
		this.port = port;
	}

	/** The webapps' current CSRF token (it changes at login). */
	public String csrf() {
		return cookie("XSRF-TOKEN");
	}

	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
	}

	/** Logs into one of the webapps ({@code tasklist}, {@code cockpit}, {@code welcome}) as the user, whose password is its id. */
	public WebappSession login(String user, String app) throws Exception {
		http.send(HttpRequest.newBuilder(url("/camunda/app/" + app + "/default/")).build(),
				HttpResponse.BodyHandlers.discarding());
		HttpResponse<Void> login = http.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/" + app))
			.header("X-XSRF-TOKEN", csrf())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(login.statusCode()).as("login of %s to %s", user, app).isEqualTo(200);
		return this;
	}

	/**
	 * Logs in as {@link #login} does, then loads the app's page again as the webapp does after its
	 * login: that page hands the session's new CSRF token, without which a modifying call is refused.
	 */
	public WebappSession signIn(String user, String app) throws Exception {
		login(user, app);
		http.send(HttpRequest.newBuilder(url("/camunda/app/" + app + "/default/")).build(),
				HttpResponse.BodyHandlers.discarding());
		return this;
	}

	/** A request as the webapps send it: JSON, and for a modifying one the CSRF token and origin. */
	public HttpResponse<String> send(String method, String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (!method.equals("GET") && !method.equals("HEAD")) {
			// as a browser sends them: the webapps' CSRF protection wants the token and the origin
			request.header("Content-Type", "application/json")
				.header("X-XSRF-TOKEN", csrf())
				.header("Origin", "http://localhost:" + port);
		}
		return http.send(request.method(method, method.equals("GET") || method.equals("HEAD")
				? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}")).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> get(String path) throws Exception {
		return send("GET", path, null);
	}

	/** A request with its own JSON body and accepted types, as Tasklist sends its list and form calls. */
	public HttpResponse<String> send(String method, String path, String json, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Accept", accept)
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", csrf())
			.header("Origin", "http://localhost:" + port);
		return http.send(request.method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A form posted as a browser posts it from a page of this origin. */
	public HttpResponse<String> postForm(String path, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(url(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "http://localhost:" + port)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A page as a browser asks for it (HTML first). */
	public HttpResponse<String> page(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(url(path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
