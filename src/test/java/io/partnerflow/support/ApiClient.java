package io.partnerflow.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One user calling a running application's HTTP APIs ({@code /api}, {@code /engine-rest}) with
 * HTTP Basic, as a script or a browser's Tasklist does. Thread-safe; connections are kept alive.
 */
public final class ApiClient {

	public static final String JSON = "application/json";

	/** What Tasklist asks the engine's REST API for: HAL, with the tasks' users and models embedded. */
	public static final String HAL = "application/hal+json, application/json; q=0.5";

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI base;

	private final String authorization;

	public ApiClient(URI base, String user, String password) {
		this.base = base;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send("GET", path, null, null, JSON);
	}

	public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return send("POST", path, JSON, json, JSON);
	}

	/** {@code body} null: none; {@code accept} the media types asked for. */
	public HttpResponse<String> send(String method, String path, String contentType, String body, String accept)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", authorization)
			.header("Accept", accept)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Deploys a model through the engine's REST API, as the Modeler does. */
	public HttpResponse<String> deploy(String name, byte[] bpmn) throws IOException, InterruptedException {
		String boundary = "partnerflow-" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name
				+ ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), bpmn, tail.getBytes(StandardCharsets.UTF_8));
		return HTTP.send(HttpRequest.newBuilder(base.resolve("/engine-rest/deployment/create"))
			.header("Authorization", authorization)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

}
