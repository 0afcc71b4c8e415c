package io.partnerflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.partner.PartnerEvent;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerSource;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** The recruitment's REST entry points, with real mail (GreenMail) and the real model. */
@IntegrationTest
class RecruitmentApiIntegrationTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Jobs jobs;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	TaskService taskService;

	@Autowired
	PartnerService partners;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtime;

	@Autowired
	ApplicationFiles applicationFiles;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void listedCandidateIsApproachedAndAskedForItsApplicationFileWhichArrivesOnce() {
		// given a recruiter lists a candidate
		ResponseEntity<Map> listed = rest.withBasicAuth("rita", "rita")
			.postForEntity("/api/candidates", candidate("Solid " + run, "solid-" + run + ".example"), Map.class);
		assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = (String) listed.getBody().get("reference");
		assertThat(listed.getHeaders().getLocation()).hasToString("/api/partners/" + reference);
		jobs.runDue();

		// when rita approaches it and it is interested
		Task approach = taskService.createTaskQuery().processInstanceBusinessKey(reference)
			.taskDefinitionKey(RecruitmentProcess.APPROACH_CANDIDATE).singleResult();
		assertThat(approach.getAssignee()).isEqualTo("rita");
		taskService.complete(approach.getId(), Map.of(RecruitmentProcess.MEETING_DATE, "2026-11-10",
				RecruitmentProcess.AVERAGE_DEAL_MARGIN, 4000, RecruitmentProcess.EXPECTED_REVENUE_3_YEARS, 900000,
				RecruitmentProcess.EXPECTED_ROI, 35, RecruitmentProcess.CANDIDATE_INTERESTED, RecruitmentProcess.INTERESTED_YES));
		jobs.runDue();

		// then the candidate's contact is asked for the file, in French (a partner in France)
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.APPLICATION_REQUESTED);
		assertThat(mailCatcher.mails()).anySatisfy(mail -> {
			assertThat(mail.subject()).isEqualTo("Votre dossier de candidature pour devenir notre partenaire (" + reference + ")");
			assertThat(mail.to()).contains("jane@solid-" + run + ".example");
		});

		// when the candidate's file is submitted, then it is kept and a second one is refused
		HttpEntity<Map<String, String>> file = new HttpEntity<>(applicationFile());
		assertThat(rest.withBasicAuth("rita", "rita").postForEntity("/api/partners/" + reference + "/application", file, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(applicationFiles.exists(reference)).isTrue();
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference)
			.taskDefinitionKey(RecruitmentProcess.RECORD_APPLICATION_FILE).count()).isZero();
		ResponseEntity<Map> second = rest.withBasicAuth("rita", "rita")
			.postForEntity("/api/partners/" + reference + "/application", file, Map.class);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(second.getBody().get("title")).isEqualTo("Application file already received");
	}

	@Test
	void candidateWithTooFewSalesStaffIsNotEligibleAndTheRecruiterIsToldWhy() {
		// given
		Map<String, Object> weak = candidate("Tiny " + run, "tiny-" + run + ".example");
		weak.put("salesStaff", 1);

		// when
		String reference = (String) rest.withBasicAuth("rita", "rita").postForEntity("/api/candidates", weak, Map.class)
			.getBody().get("reference");
		jobs.runDue();

		// then
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.NOT_ELIGIBLE);
		assertThat(mailCatcher.mails()).anySatisfy(mail -> {
			assertThat(mail.subject()).isEqualTo("Candidate Tiny " + run + " (" + reference + ") is not eligible");
			assertThat(mail.to()).contains("rita@partnerflow.test");
		});
	}

	@Test
	void startFormSubmittedAsTasklistDoesListsTheCandidateForTheSignedInRecruiter() throws Exception {
		// when rita submits the start form through the engine's REST API, as Tasklist does
		HttpResponse<String> started = as("rita").postJson(START_FORM,
				startForm("Form " + run, "form-" + run + ".example", null));

		// then the recruitment's business key is a new partner of hers
		assertThat(started.statusCode()).isEqualTo(200);
		String reference = runtime.createProcessInstanceQuery().processInstanceId(idOf(started)).singleResult()
			.getBusinessKey();
		assertThat(partners.get(reference).getCompany()).isEqualTo("Form " + run);
		assertThat(partners.get(reference).getRecruiter()).isEqualTo("rita");
		jobs.runDue();
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getAssignee())
			.isEqualTo("rita");
	}

	@Test
	void whereACandidateWasFoundIsOneOfTheListAtTheStartFormAndTheApi() throws Exception {
		// given candidates found at a trade fair (start form) and on a social network (API), and two unknown sources
		Map<String, Object> fair = candidate("Fair " + run, "fair-" + run + ".example");
		fair.put("source", "TRADE_FAIR");
		Map<String, Object> pigeonForm = candidate("Pigeon form " + run, "pigeon-form-" + run + ".example");
		pigeonForm.put("source", "CARRIER_PIGEON");
		Map<String, Object> social = candidate("Social " + run, "social-" + run + ".example");
		social.put("source", "SOCIAL_NETWORK");
		Map<String, Object> pigeonApi = candidate("Pigeon api " + run, "pigeon-api-" + run + ".example");
		pigeonApi.put("source", "carrier pigeon");

		// when
		HttpResponse<String> fromTheForm = as("rita").postJson(START_FORM, startForm(fair));
		HttpResponse<String> unknownOnTheForm = as("rita").postJson(START_FORM, startForm(pigeonForm));
		ResponseEntity<Map> fromTheApi = rest.withBasicAuth("rita", "rita").postForEntity("/api/candidates", social, Map.class);
		ResponseEntity<Map> unknownOnTheApi = rest.withBasicAuth("rita", "rita")
			.postForEntity("/api/candidates", pigeonApi, Map.class);

		// then the known sources are kept on the partner
		assertThat(fromTheForm.statusCode()).isEqualTo(200);
		String reference = runtime.createProcessInstanceQuery().processInstanceId(idOf(fromTheForm)).singleResult()
			.getBusinessKey();
		assertThat(partners.get(reference).getSource()).isEqualTo(PartnerSource.TRADE_FAIR);
		assertThat(fromTheApi.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(partners.get((String) fromTheApi.getBody().get("reference")).getSource())
			.isEqualTo(PartnerSource.SOCIAL_NETWORK);
		// and an unknown one is refused at both doors, naming the field, and lists nobody
		assertThat(unknownOnTheForm.statusCode()).isEqualTo(400);
		assertThat(unknownOnTheForm.body()).contains("Where we found it must be one of");
		assertThat(unknownOnTheApi.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknownOnTheApi.getBody().toString()).contains("source");
		assertThat(jdbc.queryForObject("select count(*) from partner where company like ?", Long.class,
				"Pigeon % " + run)).isZero();
	}

	@Test
	void startFormForACompanyAlreadyListedIsRefusedOnTheFormNamingBothCompanies() throws Exception {
		// given "Azur  Conseil  Paris" is listed
		String existing = reference(rest.withBasicAuth("rita", "rita").postForEntity("/api/candidates",
				candidate("Azur  Conseil  Paris " + run, "azur-" + run + ".example"), Map.class));
		long partnersBefore = partnerCount();
		long recruitmentsBefore = recruitmentCount();

		// when raoul lists "Azur Conseil Paris SAS" from the start form, his contact at gmail.com
		HttpResponse<String> refused = as("raoul").postJson(START_FORM,
				startForm("Azur Conseil Paris " + run + " SAS", "gmail.com", null));

		// then the form is refused with both names and the reference, and nothing is created
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Azur Conseil Paris " + run + " SAS (FR) looks like Azur  Conseil  Paris " + run
				+ ", already listed as " + existing + " (same company and country)");
		assertThat(partnerCount()).isEqualTo(partnersBefore);
		assertThat(recruitmentCount()).isEqualTo(recruitmentsBefore);
	}

	@Test
	void engineStartsThatWouldOpenASecondRecruitmentOrOneWithoutAPartnerAreRefused() throws Exception {
		// given a candidate in its recruitment, and a partner past the candidate stage
		String recruiting = reference(rest.withBasicAuth("raoul", "raoul").postForEntity("/api/candidates",
				candidate("Busy " + run, "busy-" + run + ".example"), Map.class));
		String approached = partners.register(TestPartners.candidate("Approached"), "raoul").getReference();
		partners.changeStatus(approached, PartnerStatus.APPROACHED, "raoul", "met at the fair");
		long partnersBefore = partnerCount();
		long recruitmentsBefore = recruitmentCount();

		// when rita starts recruitments around the API, with business keys and the old flag
		ApiClient rita = as("rita");
		String flag = ",\"variables\":{\"partnerRegistered\":{\"value\":true}}";
		List<HttpResponse<String>> refused = List.of(
				rita.postJson(START, "{\"businessKey\":\"P-1999-99999\"" + flag + "}"),
				rita.postJson(START, "{\"businessKey\":\"" + recruiting + "\"" + flag + "}"),
				rita.postJson(START, "{\"businessKey\":\"" + approached + "\"" + flag + "}"),
				rita.postJson(START_FORM, startForm("Forged " + run, "forged-" + run + ".example", "raoul")));

		// then each is refused and nothing is created
		assertThat(refused).allSatisfy(response -> assertThat(response.statusCode()).isBetween(400, 499));
		assertThat(partnerCount()).isEqualTo(partnersBefore);
		assertThat(recruitmentCount()).isEqualTo(recruitmentsBefore);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(recruiting).count()).isOne();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(approached).count()).isZero();
	}

	@Test
	void fiftySimultaneousListingsOfOneCompanyMakeExactlyOnePartner() throws Exception {
		// given
		String body = json(candidate("Rush " + run, "rush-" + run + ".example"));

		// when 50 requests arrive at once
		List<HttpResponse<String>> answers = simultaneously(50, () -> as("rita").postJson("/api/candidates", body));

		// then one is listed, every other gets a 409 problem
		assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
		assertThat(answers).filteredOn(a -> a.statusCode() != 201).hasSize(49).allSatisfy(answer -> {
			assertThat(answer.statusCode()).isEqualTo(409);
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(answer.body()).contains("Rush " + run);
		});
		assertThat(jdbc.queryForObject("select count(*) from partner where company = ?", Long.class, "Rush " + run)).isOne();
	}

	@Test
	void twentyParallelImportsOfOneFileMakeEachPartnerOnce() throws Exception {
		// given a file of five candidates
		StringBuilder csv = new StringBuilder(String.join(",", CandidateCsvImport.COLUMNS)).append('\n');
		for (int i = 0; i < 5; i++) {
			csv.append("Parallel %s %d,FR,Retail,RESELLER,Jane Doe,jane@parallel%d-%s.example,,1000000,3,2,4\n"
				.formatted(run, i, i, run));
		}

		// when 20 recruiters' imports of it arrive at once
		List<HttpResponse<String>> answers = simultaneously(20,
				() -> as("rita").send("POST", "/api/candidates/import", "text/csv", csv.toString(), ApiClient.JSON));

		// then each row's partner exists once, and the imports say so
		assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
		assertThat(jdbc.queryForObject("select count(*) from partner where company like ?", Long.class,
				"Parallel " + run + " %")).isEqualTo(5);
		assertThat(answers.stream().mapToInt(a -> number(a.body(), "started")).sum()).isEqualTo(5);
	}

	@Test
	void aManagerListsALookalikeWithAReasonAndARecruiterCannot() throws Exception {
		// given Nordic Data is listed
		String existing = reference(rest.withBasicAuth("rita", "rita").postForEntity("/api/candidates",
				candidate("Nordic Data " + run, "nordic-" + run + ".example"), Map.class));
		Map<String, Object> subsidiary = candidate("Nordic Data " + run + " GmbH", "nordic-" + run + ".example");
		subsidiary.put("country", "FR");
		String reason = "?overrideReason=" + java.net.URLEncoder.encode("The French subsidiary, a company of its own",
				java.nio.charset.StandardCharsets.UTF_8);

		// when a recruiter tries to override the rule, then it is refused
		long before = partnerCount();
		assertThat(as("rita").postJson("/api/candidates" + reason, json(subsidiary)).statusCode()).isEqualTo(403);
		assertThat(partnerCount()).isEqualTo(before);

		// when a manager lists it with a reason
		HttpResponse<String> listed = as("mona").postJson("/api/candidates" + reason, json(subsidiary));

		// then it is listed, its timeline says why, and the rule still refuses a third lookalike
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
		String reference = listed.headers().firstValue("Location").orElseThrow().replace("/api/partners/", "");
		assertThat(partners.timeline(reference)).extracting(PartnerEvent::getDescription)
			.contains("Listed although it looks like Nordic Data " + run + " (" + existing
					+ "): The French subsidiary, a company of its own");
		ResponseEntity<Map> third = rest.withBasicAuth("raoul", "raoul").postForEntity("/api/candidates",
				candidate("NORDIC-DATA " + run + " Ltd", "nordic-" + run + ".example"), Map.class);
		assertThat(third.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(third.getBody().get("existingReference")).isEqualTo(existing);

		// and an empty reason is a 400
		assertThat(as("mona").postJson("/api/candidates?overrideReason=", json(subsidiary)).statusCode()).isEqualTo(400);
	}

	@Test
	void apiRefusesDuplicatesInvalidFieldsStrangersAndWrongRoles() {
		// given a listed candidate
		String reference = (String) rest.withBasicAuth("rita", "rita")
			.postForEntity("/api/candidates", candidate("Twice " + run, "twice-" + run + ".example"), Map.class).getBody()
			.get("reference");

		// then the same company again is a 409 naming it
		ResponseEntity<Map> duplicate = rest.withBasicAuth("raoul", "raoul")
			.postForEntity("/api/candidates", candidate("Other " + run, "twice-" + run + ".example"), Map.class);
		assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(duplicate.getBody().get("existingReference")).isEqualTo(reference);

		// and bad fields are a 400 naming each one
		Map<String, Object> bad = candidate("Bad " + run, "bad-" + run + ".example");
		bad.put("country", "France");
		bad.put("contactEmail", "nobody");
		ResponseEntity<Map> invalid = rest.withBasicAuth("rita", "rita").postForEntity("/api/candidates", bad, Map.class);
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, String>>) invalid.getBody().get("errors")).extracting(e -> e.get("field"))
			.contains("country", "contactEmail");

		// and an application for a partner not waiting for one is a 409, for an unknown one a 404
		assertThat(rest.withBasicAuth("rita", "rita").postForEntity("/api/partners/" + reference + "/application",
				applicationFile(), Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		ResponseEntity<Map> unknown = rest.withBasicAuth("rita", "rita")
			.postForEntity("/api/partners/P-0000-9999/application", applicationFile(), Map.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody()).containsEntry("title", "Partner not found").containsEntry("reference", "P-0000-9999");

		// and strangers and other roles are kept out
		assertThat(rest.postForEntity("/api/candidates", candidate("Anon " + run, "anon-" + run + ".example"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.withBasicAuth("mona", "mona")
			.postForEntity("/api/candidates", candidate("Mona " + run, "mona-" + run + ".example"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void csvImportOfAThousandRowsStartsTheGoodOnesAndReportsEachBadLine() {
		// given 1,000 rows, among them a duplicate, an invalid country and a quoted company name with a comma
		StringBuilder csv = new StringBuilder(String.join(",", CandidateCsvImport.COLUMNS)).append('\n');
		for (int i = 0; i < 997; i++) {
			csv.append("\"Bulk %s %d, Ltd\",FR,Retail,RESELLER,Jane Doe,jane@bulk%d-%s.example,,1000000,3,2,4\n"
				.formatted(run, i, i, run));
		}
		csv.append("Again %s,FR,Retail,RESELLER,John,john@bulk0-%s.example,,1000000,3,2,4\n".formatted(run, run)); // line 999
		csv.append("Nowhere %s,France,Retail,RESELLER,John,john@nowhere-%s.example,,1000000,3,2,4\n".formatted(run, run));
		csv.append("Odd %s,FR,Retail,ALIEN,John,john@odd-%s.example,,lots,3,2,4\n".formatted(run, run));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType("text/csv"));

		// when
		long start = System.nanoTime();
		ResponseEntity<Map> imported = rest.withBasicAuth("rita", "rita")
			.postForEntity("/api/candidates/import", new HttpEntity<>(csv.toString(), headers), Map.class);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("CSV import of 1,000 rows took " + millis + " ms");

		// then
		assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(imported.getBody()).containsEntry("started", 997).containsEntry("rejected", 3);
		List<Map<String, Object>> errors = (List<Map<String, Object>>) imported.getBody().get("errors");
		assertThat(errors).extracting(e -> e.get("line")).containsExactly(999, 1000, 1001);
		assertThat((String) errors.get(0).get("reason")).contains("already listed").contains("same contact e-mail domain");
		assertThat((String) errors.get(1).get("reason")).contains("country must be a two-letter ISO country code");
		assertThat((String) errors.get(2).get("reason")).contains("category ALIEN");
		String first = (String) ((List<Map<String, Object>>) imported.getBody().get("partners")).get(0).get("reference");
		assertThat(partners.get(first).getCompany()).isEqualTo("Bulk " + run + " 0, Ltd");
		assertThat(millis).isLessThan(60_000);
	}

	@Test
	void csvImportAcceptsAMultipartFileAndRefusesABrokenOne() {
		// given
		String good = String.join(",", CandidateCsvImport.COLUMNS) + "\n"
				+ "Multi %s,DE,Manufacturing,INTEGRATOR,Max,max@multi-%s.example,https://multi.example,2000000,4,3,2\n"
					.formatted(run, run);
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(good.getBytes()) {
			@Override
			public String getFilename() {
				return "candidates.csv";
			}
		});
		HttpHeaders multipart = new HttpHeaders();
		multipart.setContentType(MediaType.MULTIPART_FORM_DATA);

		// when / then
		ResponseEntity<Map> imported = rest.withBasicAuth("rita", "rita")
			.postForEntity("/api/candidates/import", new HttpEntity<>(parts, multipart), Map.class);
		assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(imported.getBody()).containsEntry("started", 1);

		HttpHeaders csv = new HttpHeaders();
		csv.setContentType(MediaType.parseMediaType("text/csv"));
		ResponseEntity<Map> broken = rest.withBasicAuth("rita", "rita").postForEntity("/api/candidates/import",
				new HttpEntity<>(String.join(",", CandidateCsvImport.COLUMNS) + "\n\"Unclosed,FR\n", csv), Map.class);
		assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> noHeader = rest.withBasicAuth("rita", "rita").postForEntity("/api/candidates/import",
				new HttpEntity<>("name,land\nx,y\n", csv), Map.class);
		assertThat(noHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noHeader.getBody().toString()).contains("missing column(s) company");
	}

	private static final String START = "/engine-rest/process-definition/key/" + RecruitmentProcess.KEY + "/start";

	private static final String START_FORM = "/engine-rest/process-definition/key/" + RecruitmentProcess.KEY + "/submit-form";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper objectMapper;

	private ApiClient as(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

	/** The start form's fields as Tasklist submits them, and a recruiter when one is forged. */
	private String startForm(String company, String domain, String recruiter) throws Exception {
		Map<String, Object> fields = candidate(company, domain);
		if (recruiter != null) {
			fields.put(RecruitmentProcess.RECRUITER, recruiter);
		}
		return startForm(fields);
	}

	private String startForm(Map<String, Object> fields) throws Exception {
		Map<String, Object> variables = new java.util.HashMap<>();
		fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		return objectMapper.writeValueAsString(Map.of("variables", variables));
	}

	private String json(Object value) throws Exception {
		return objectMapper.writeValueAsString(value);
	}

	private String idOf(HttpResponse<String> response) throws Exception {
		return objectMapper.readTree(response.body()).get("id").asText();
	}

	private int number(String body, String field) {
		try {
			return objectMapper.readTree(body).get(field).asInt();
		}
		catch (java.io.IOException notJson) {
			throw new AssertionError(body, notJson);
		}
	}

	private static String reference(ResponseEntity<Map> listed) {
		assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) listed.getBody().get("reference");
	}

	private long partnerCount() {
		return jdbc.queryForObject("select count(*) from partner", Long.class);
	}

	private long recruitmentCount() {
		return runtime.createProcessInstanceQuery().processDefinitionKey(RecruitmentProcess.KEY).count();
	}

	/** Sends {@code count} requests at the same moment, each on its own thread. */
	private static List<HttpResponse<String>> simultaneously(int count, Callable<HttpResponse<String>> request)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			CyclicBarrier together = new CyclicBarrier(count);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				answers.add(threads.submit(() -> {
					together.await();
					return request.call();
				}));
			}
			List<HttpResponse<String>> all = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				all.add(answer.get(2, TimeUnit.MINUTES));
			}
			return all;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static Map<String, Object> candidate(String company, String domain) {
		Map<String, Object> candidate = new java.util.HashMap<>();
		candidate.put("company", company);
		candidate.put("country", "FR");
		candidate.put("market", "Retail");
		candidate.put("category", "RESELLER");
		candidate.put("contactName", "Jane Doe");
		candidate.put("contactEmail", "jane@" + domain);
		candidate.put("annualRevenue", 3_000_000);
		candidate.put("salesStaff", 4);
		candidate.put("technicalStaff", 2);
		candidate.put("competingSuppliers", 5);
		return candidate;
	}

	private static Map<String, String> applicationFile() {
		return Map.of("motivation", "We sell to retailers", "organisation", "Two sales, one consultant", "firstCustomers",
				"Our installed base", "strategy", "Bundle with our services", "whyStrategic", "Leader in its field",
				"prospects", "1M EUR in 3 years");
	}

}
