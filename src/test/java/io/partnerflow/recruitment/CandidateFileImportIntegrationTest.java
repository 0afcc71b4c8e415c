package io.partnerflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The candidate file as a recruiter really has it: from Excel, broken, or far too large. */
@IntegrationTest
class CandidateFileImportIntegrationTest {

	static final String HEADER = String.join(",", CandidateCsvImport.COLUMNS);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	PartnerService partners;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void fileWithAnUnclosedQuoteInItsLastRowStartsNothing() {
		// given two good rows, then a broken one
		String csv = HEADER + "\n" + row("Fine " + run + " 1", "fine1") + row("Fine " + run + " 2", "fine2")
				+ "\"Unclosed " + run + ",FR,Retail\n";
		long before = partnerCount();

		// when
		ResponseEntity<Map> imported = post(csv.getBytes(StandardCharsets.UTF_8), "text/csv");

		// then
		assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(imported.getBody().toString()).contains("not a readable CSV file", "nothing was imported");
		assertThat(partnerCount()).isEqualTo(before);
	}

	@Test
	void fileOfMoreThanTenThousandRowsStartsNothing() {
		// given
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i <= CandidateCsvImport.MAX_ROWS; i++) {
			csv.append(row("Many " + run + " " + i, "many" + i));
		}
		long before = partnerCount();

		// when
		ResponseEntity<Map> imported = post(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");

		// then
		assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(imported.getBody().toString()).contains("more than 10,000 rows");
		assertThat(partnerCount()).isEqualTo(before);
	}

	@Test
	void frenchExcelFileWithBomSemicolonsSpacedNumbersAndALineBreakInACellImports() {
		// given what Excel writes as "CSV UTF-8" in French: BOM, semicolons, 2 000 000 with narrow
		// non-breaking spaces, a decimal comma, a company name over two lines
		String csv = "\uFEFF" + String.join(";", CandidateCsvImport.COLUMNS) + "\r\n"
				+ "\"Azur " + run + "\r\nConseil\";FR;Retail;IT services;Jeanne;jeanne@azur-" + run
				+ ".example;azur.example;2\u202F000\u202F000;3;2;4\r\n"
				+ "Brume " + run + ";FR;Retail;reseller;Paul;paul@brume-" + run + ".example;;1,2 M;4;2;1\r\n"
				+ "Ciel " + run + ";FR;Retail;VAR;Anne;anne@ciel-" + run + ".example;;about 2M;2,5;2;1\r\n";
		long before = partnerCount();

		// when
		ResponseEntity<Map> imported = post(csv.getBytes(StandardCharsets.UTF_8), "text/csv");

		// then
		assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(imported.getBody()).containsEntry("started", 2).containsEntry("rejected", 1);
		List<Map<String, Object>> started = (List<Map<String, Object>>) imported.getBody().get("partners");
		Partner azur = partners.get((String) started.get(0).get("reference"));
		assertThat(azur.getCompany()).isEqualTo("Azur " + run + " Conseil");
		assertThat(azur.getAnnualRevenue()).isEqualTo(2_000_000L);
		assertThat(azur.getWebsite()).isEqualTo("https://azur.example");
		assertThat(partners.get((String) started.get(1).get("reference")).getAnnualRevenue()).isEqualTo(1_200_000L);
		List<Map<String, Object>> errors = (List<Map<String, Object>>) imported.getBody().get("errors");
		assertThat(errors).extracting(e -> e.get("line")).containsExactly(5);
		assertThat((String) errors.get(0).get("reason")).contains("annualRevenue must be a number", "about 2M");
		assertThat(partnerCount()).isEqualTo(before + 2);
	}

	@Test
	void englishExcelFileWithThousandsCommasImports() {
		// given
		String csv = HEADER + "\n" + "Dune " + run + ",GB,Retail,INTEGRATOR,Sam,sam@dune-" + run
				+ ".example,https://dune.example,\"2,500,000\",3,2,1\n";

		// when
		ResponseEntity<Map> imported = post(csv.getBytes(StandardCharsets.UTF_8), "text/csv");

		// then
		assertThat(imported.getBody()).containsEntry("started", 1);
		String reference = (String) ((List<Map<String, Object>>) imported.getBody().get("partners")).get(0).get("reference");
		assertThat(partners.get(reference).getAnnualRevenue()).isEqualTo(2_500_000L);
	}

	@Test
	void aSourceColumnNamesWhereEachCandidateWasFoundAndAnUnknownSourceRejectsItsRowOnly() {
		// given the optional source column, in any case and spelling of the list's names, one blank, one unknown
		String csv = HEADER + ",Source\n" + "Etoile " + run + ",FR,Retail,RESELLER,Eve,eve@etoile-" + run
				+ ".example,,1000000,3,2,1,trade fair\n" + "Fjord " + run + ",FR,Retail,RESELLER,Finn,finn@fjord-" + run
				+ ".example,,1000000,3,2,1,\n" + "Gale " + run + ",FR,Retail,RESELLER,Gus,gus@gale-" + run
				+ ".example,,1000000,3,2,1,carrier pigeon\n";

		// when
		ResponseEntity<Map> imported = post(csv.getBytes(StandardCharsets.UTF_8), "text/csv");

		// then the first two are listed, found at a trade fair and not recorded; the third is rejected with its reason
		assertThat(imported.getBody()).containsEntry("started", 2).containsEntry("rejected", 1);
		List<Map<String, Object>> started = (List<Map<String, Object>>) imported.getBody().get("partners");
		assertThat(partners.get((String) started.get(0).get("reference")).getSource()).isEqualTo(PartnerSource.TRADE_FAIR);
		assertThat(partners.get((String) started.get(1).get("reference")).getSource()).isNull();
		List<Map<String, Object>> errors = (List<Map<String, Object>>) imported.getBody().get("errors");
		assertThat(errors).extracting(e -> e.get("line")).containsExactly(4);
		assertThat((String) errors.get(0).get("reason")).contains("source carrier pigeon is not one of", "TRADE_FAIR");
	}

	@Test
	void oversizeFilesAnswer413WithoutBeingReadToTheirEnd() throws Exception {
		// given eight parallel uploads of 50 MB each, generated as they are sent, without a length
		long size = 50L * 1024 * 1024;
		long before = partnerCount();
		List<AtomicLong> sent = new ArrayList<>();
		List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		// when
		for (int i = 0; i < 8; i++) {
			AtomicLong counter = new AtomicLong();
			sent.add(counter);
			answers.add(client.sendAsync(upload(HttpRequest.BodyPublishers.ofInputStream(() -> rows(size, counter))),
					HttpResponse.BodyHandlers.ofString()).exceptionally(e -> null));
		}

		// then none was read to its end, and every answer the client could read before the server
		// closed the connection is a 413 problem (the client may see only the closed connection)
		for (CompletableFuture<HttpResponse<String>> answer : answers) {
			HttpResponse<String> response = answer.get();
			if (response != null) {
				assertThat(response.statusCode()).isEqualTo(413);
				assertThat(response.body()).contains("larger than");
			}
		}
		// (how much a client pushes into loopback's buffers before the close reaches it depends on the
		// machine's load: 7 to 43 MB were seen; what matters is that no upload was read to its end)
		assertThat(sent).allSatisfy(counter -> assertThat(counter.get()).isLessThan(size));
		assertThat(partnerCount()).isEqualTo(before);
	}

	@Test
	void fileJustOverTheLimitAnswers413AsABodyAndAsAMultipartFile() throws Exception {
		// given
		byte[] big = new byte[5 * 1024 * 1024 + 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		String boundary = "pf-" + run;
		ByteArrayOutputStream form = new ByteArrayOutputStream();
		form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"candidates.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		form.writeBytes(big);
		form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

		// when (each sent with its length, as a browser sends a file)
		Answer imported = sendWithLength("multipart/form-data; boundary=" + boundary, form.toByteArray());
		Answer body = sendWithLength("text/csv", big);

		// then
		assertThat(imported.status()).as(imported.body()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE.value());
		assertThat(imported.body()).contains("larger than");
		assertThat(body.status()).as(body.body()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE.value());
		assertThat(body.body()).contains("larger than", "nothing was imported");
	}

	/** A status and a body as the server sent them. */
	record Answer(int status, String body) {
	}

	/**
	 * Posts a body with its Content-Length to the import and reads the answer, on a plain socket: the body goes
	 * out only if the server has not answered on the headers alone within two seconds. A server that refuses a
	 * body by its length closes the connection without reading it; a client still streaming it then would get
	 * a reset that can cut the answer it is reading (the flake this avoids). A server that reads before refusing
	 * gets the whole body, as from any client.
	 */
	private Answer sendWithLength(String contentType, byte[] content) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/candidates/import HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
					+ Base64.getEncoder().encodeToString("rita:rita".getBytes(StandardCharsets.UTF_8)) + "\r\nContent-Type: "
					+ contentType + "\r\nContent-Length: " + content.length + "\r\nAccept: application/json, application/problem+json"
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			in.mark(1);
			socket.setSoTimeout(2_000);
			CompletableFuture<Void> upload = CompletableFuture.completedFuture(null);
			try {
				in.read();
				in.reset();
			}
			catch (SocketTimeoutException noAnswerYet) {
				upload = CompletableFuture.runAsync(() -> {
					try {
						out.write(content);
						out.flush();
					}
					catch (IOException closedByTheServer) {
						// it answered before the end of the body: its answer is read below
					}
				});
			}
			socket.setSoTimeout(30_000);
			Answer answer = readAnswer(in);
			upload.join();
			return answer;
		}
	}

	/** An HTTP/1.1 answer: its status line, headers, and body (by length, in chunks, or to the end). */
	private static Answer readAnswer(InputStream in) throws IOException {
		String statusLine = line(in);
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		long length = -1;
		boolean chunked = false;
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(java.util.Locale.ROOT);
			String value = header.substring(header.indexOf(':') + 1).trim();
			if (name.equals("content-length")) {
				length = Long.parseLong(value);
			}
			else if (name.equals("transfer-encoding") && value.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
				chunked = true;
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (chunked) {
			for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
					size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
				body.writeBytes(in.readNBytes(size));
				line(in);
			}
		}
		else if (length >= 0) {
			body.writeBytes(in.readNBytes((int) length));
		}
		else {
			body.writeBytes(in.readAllBytes());
		}
		return new Answer(status, body.toString(StandardCharsets.UTF_8));
	}

	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new EOFException("The connection closed in the middle of a line: " + line);
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	private HttpRequest.Builder uploadBuilder() {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/candidates/import"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("rita:rita".getBytes()))
			.header("Content-Type", "text/csv");
	}

	private HttpRequest upload(HttpRequest.BodyPublisher body) {
		return uploadBuilder().POST(body).build();
	}

	/** A CSV file of the given size, its header then one endless cell, made as it is read; counts the bytes read. */
	private InputStream rows(long size, AtomicLong counter) {
		byte[] header = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
		return new InputStream() {
			@Override
			public int read() {
				long at = counter.get();
				if (at >= size) {
					return -1;
				}
				counter.incrementAndGet();
				return at < header.length ? header[(int) at] : 'a';
			}
		};
	}

	private ResponseEntity<Map> post(byte[] body, String type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(type));
		return rest.withBasicAuth("rita", "rita").postForEntity("/api/candidates/import", new HttpEntity<>(body, headers),
				Map.class);
	}

	private String row(String company, String domain) {
		return "%s,FR,Retail,RESELLER,Jane,jane@%s-%s.example,,1000000,3,2,4\n".formatted(company, domain, run);
	}

	private long partnerCount() {
		return jdbc.queryForObject("select count(*) from partner", Long.class);
	}

}
