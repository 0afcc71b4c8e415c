package io.partnerflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

		// then the candidate's contact is asked for the file
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.APPLICATION_REQUESTED);
		assertThat(mailCatcher.mails()).anySatisfy(mail -> {
			assertThat(mail.subject()).isEqualTo("Your application file to become our partner (" + reference + ")");
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
	void duplicateListedFromTheTasklistStartFormIsShownToTheRecruiterNotAnIncident() {
		// given a listed candidate
		rest.withBasicAuth("rita", "rita").postForEntity("/api/candidates", candidate("Known " + run, "known-" + run + ".example"),
				Map.class);
		Map<String, Object> form = candidate("Known again " + run, "known-" + run + ".example");
		form.put(RecruitmentProcess.RECRUITER, "raoul");

		// when raoul lists the same company from the start form
		String recruitment = runtime.startProcessInstanceByKey(RecruitmentProcess.KEY, form).getId();
		jobs.runDue();

		// then he gets a task that says why, and no incident is raised
		Task review = taskService.createTaskQuery().processInstanceId(recruitment).singleResult();
		assertThat(review.getTaskDefinitionKey()).isEqualTo(RecruitmentProcess.REVIEW_REFUSED_CANDIDATE);
		assertThat(review.getAssignee()).isEqualTo("raoul");
		assertThat((String) runtime.getVariable(recruitment, RecruitmentProcess.REFUSAL_REASON))
			.contains("is already listed").contains("same contact e-mail domain known-" + run + ".example");
		assertThat(runtime.createIncidentQuery().processInstanceId(recruitment).count()).isZero();
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
		assertThat(rest.withBasicAuth("rita", "rita").postForEntity("/api/partners/P-0000-9999/application",
				applicationFile(), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

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
				+ "Multi %s,DE,Industry,INTEGRATOR,Max,max@multi-%s.example,https://multi.example,2000000,4,3,2\n"
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
