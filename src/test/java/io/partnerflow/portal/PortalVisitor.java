package io.partnerflow.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as the portal's tests drive it over HTTP: its own cookies, the CSRF token of the last
 * page it read (sent with its next form), no redirect followed.
 */
final class PortalVisitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	private String csrf;

	PortalVisitor(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)));
	}

	/** Posts a form as its page sends it, with the CSRF token of the page (read first when none was). */
	HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
		if (csrf == null) {
			get(url.endsWith("/logout") || url.endsWith("/deals") ? "http://localhost:" + port + "/portal/plan" : url);
		}
		if (csrf == null) {
			// a page without a form (a refusal): the session's token, as any portal form of it carries
			get("http://localhost:" + port + "/portal/login");
		}
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrf);
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * A signed partner's contact who chose its password by its invitation's link and logged in, on
	 * {@code page} (read, so its form's token is at hand).
	 */
	static PortalVisitor loggedIn(int port, SignedPartners.Invited invited, String password, String page)
			throws IOException, InterruptedException {
		PortalVisitor visitor = new PortalVisitor(port);
		visitor.get(invited.link());
		visitor.post(invited.link(), Map.of("password", password, "confirmation", password));
		visitor.login(invited.email(), password);
		visitor.get("http://localhost:" + port + page);
		return visitor;
	}

	/** Logs in through the login page's form. */
	HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
		get("http://localhost:" + port + "/portal/login");
		return post("http://localhost:" + port + "/portal/login", Map.of("email", email, "password", password));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/** The page's text with French no-break spaces (in amounts, before a colon) as plain spaces. */
	static String text(HttpResponse<String> page) {
		return page.body().replace('\u202f', ' ').replace('\u00a0', ' ');
	}

	/** The message next to a field, or null when it has none. */
	static String fieldError(String html, String field) {
		Matcher error = Pattern.compile("id=\"" + field + "-error\">([^<]*)<").matcher(html);
		return error.find() ? error.group(1).replace("&#39;", "'") : null;
	}

}
