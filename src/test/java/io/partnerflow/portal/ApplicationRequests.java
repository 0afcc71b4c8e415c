package io.partnerflow.portal;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.partnerflow.demo.MailCatcher;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import static org.assertj.core.api.Assertions.assertThat;

/** Candidates of rita's, approached and interested, so that their contacts got the application request and its link. */
final class ApplicationRequests {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/portal/application/[A-Za-z0-9_-]{43}");

	/** A candidate asked for its file: its reference, the link of its mail (on the test's server), the mail. */
	record Asked(String reference, String link, MailCatcher.CaughtMail mail) {
	}

	private final int port;

	private final Jobs jobs;

	private final TaskService taskService;

	private final MailCatcher mailCatcher;

	ApplicationRequests(int port, Jobs jobs, TaskService taskService, MailCatcher mailCatcher) {
		this.port = port;
		this.jobs = jobs;
		this.taskService = taskService;
		this.mailCatcher = mailCatcher;
	}

	/** Lists the company (contact {@code contact@<company>.example}) in that country and has rita approach it. */
	Asked ask(String company, String country) throws Exception {
		String domain = company.toLowerCase().replace(' ', '-') + ".example";
		String json = """
				{"company":"%s","country":"%s","market":"Retail","category":"VAR","contactName":"Claude Contact",
				"contactEmail":"contact@%s","annualRevenue":3000000,"salesStaff":5,"technicalStaff":3,
				"competingSuppliers":4}""".formatted(company, country, domain);
		HttpResponse<String> listed = new ApiClient(URI.create("http://localhost:" + port), "rita", "rita")
			.postJson("/api/candidates", json);
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
		String reference = listed.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
		jobs.runDue();
		Task approach = taskService.createTaskQuery().processInstanceBusinessKey(reference)
			.taskDefinitionKey(RecruitmentProcess.APPROACH_CANDIDATE).singleResult();
		taskService.complete(approach.getId(), Map.of(RecruitmentProcess.MEETING_DATE, "2026-11-10",
				RecruitmentProcess.AVERAGE_DEAL_MARGIN, 4000, RecruitmentProcess.EXPECTED_REVENUE_3_YEARS, 900000,
				RecruitmentProcess.EXPECTED_ROI, 35, RecruitmentProcess.CANDIDATE_INTERESTED, RecruitmentProcess.INTERESTED_YES));
		jobs.runDue();
		MailCatcher.CaughtMail mail = mailCatcher.mailsReceivedBy("contact@" + domain).stream()
			.filter(m -> m.subject().contains("Your application file"))
			.findFirst()
			.orElseThrow();
		Matcher link = LINK.matcher(mail.text());
		assertThat(link.find()).as(mail.text()).isTrue();
		// the mail points at the configured base address; the test's server is on a random port
		String local = link.group().replaceFirst("https?://[^/]+", "http://localhost:" + port);
		return new Asked(reference, local, mail);
	}

}
