package io.partnerflow.leads;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.dealregistration.DealRegistrationStatus;
import io.partnerflow.dealregistration.DealRegistrations;
import io.partnerflow.deals.DealService;
import io.partnerflow.onboarding.OnboardingPlanService;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.TestUsers;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead from the lead cell to a partner's first deal, end to end through the application: a partner
 * signed the day before, in its 100 days, is proposed first for a lead of its market; the lead cell
 * confirms it, the partner accepts, reports the customer contacted and its offer (which registers the
 * deal), its recruiter approves the registration, and the partner wins the lead through it. The deal is
 * the partner's first, dated the day it was signed; the partner becomes ACTIVE when its plan ends (the
 * day-100 review), as a first deal won during the plan makes it; the plan counts the lead, and so do the
 * KPIs of the partners listed that day: leads passed, accepted and won, by partner and by recruiter. The
 * story happens in 2033, a year of its own, and only its own processes' jobs run at its clock.
 */
@IntegrationTest
class LeadToFirstDealIntegrationTest {

	static final Instant LISTED = Instant.parse("2033-03-01T09:00:00Z");

	static final Instant SIGNED = LISTED.plus(Duration.ofDays(1));

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	FormService forms;

	@Autowired
	IdentityService identity;

	@Autowired
	ManagementService management;

	@Autowired
	Leads leads;

	@Autowired
	PartnerLeads partnerLeads;

	@Autowired
	DealRegistrations registrations;

	@Autowired
	DealService deals;

	@Autowired
	OnboardingPlanService plans;

	@AfterEach
	void realTime() {
		ClockUtil.reset();
	}

	static void at(Instant moment) {
		ClockUtil.setCurrentTime(Date.from(moment));
	}

	@Test
	void aLeadPassedToANewPartnerIsWonThroughItsRegistrationAndMakesItsFirstDeal() throws Exception {
		// given a hotel reseller of Slovenia, listed by rita and signed the day after: its 100-day plan runs
		at(LISTED);
		Partner partner = partners.register(TestPartners.candidate("Bled Hotels", "SI", "Hospitality",
				PartnerCategory.RESELLER), "rita");
		String reference = partner.getReference();
		at(SIGNED);
		TestPartners.signContract(partners, reference, SIGNED);
		runtime.startProcessInstanceByKey(OnboardingProcess.KEY, reference,
				Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED)));
		runJobsOf(reference);
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.ONBOARDING);

		// when the lead cell records a lead of a hotel there, five days into the plan
		at(SIGNED.plus(Duration.ofDays(5)));
		Lead lead = leads.record(new LeadRequest("Hôtel Triglav", "SI", "Channel manager", "Hospitality",
				PartnerCategory.RESELLER, new BigDecimal("45000"), "Trade fair"), "lena");
		runJobsOf(lead.getReference());

		// then the new partner of the market is proposed first, and lena confirms it
		Task confirm = task(lead.getReference(), LeadProcess.CONFIRM_PARTNER);
		assertThat(tasks.getVariable(confirm.getId(), LeadProcess.VAR_ASSIGNED_PARTNER)).isEqualTo(reference);
		assertThat(tasks.getVariable(confirm.getId(), LeadProcess.VAR_PROPOSAL).toString())
			.contains("score 100", "new partner in its 100 days, in the lead's market");
		submit("lena", confirm, Map.of(LeadProcess.VAR_ASSIGNED_PARTNER, reference));
		runJobsOf(lead.getReference());

		// when the partner accepts it, contacts the customer and makes its offer
		at(SIGNED.plus(Duration.ofDays(6)));
		partnerLeads.accept(reference, lead.getReference(), PartnerService.CONTACT_ACTOR);
		at(SIGNED.plus(Duration.ofDays(10)));
		partnerLeads.contacted(reference, lead.getReference(), PartnerService.CONTACT_ACTOR);
		at(SIGNED.plus(Duration.ofDays(20)));
		partnerLeads.offerMade(reference, lead.getReference(), new BigDecimal("45000"), LocalDate.of(2033, 4, 30),
				PartnerService.CONTACT_ACTOR);
		runJobsOf(reference, lead.getReference());

		// then its offer is registered as its deal registration, which rita approves
		long registration = leads.get(lead.getReference()).getDealRegistrationId();
		assertThat(registrations.get(reference, registration).getStatus()).isEqualTo(DealRegistrationStatus.SUBMITTED);
		submit("rita", task(reference, "UserTask_ReviewDealRegistration"), Map.of("registrationDecision", "approve"));
		runJobsOf(reference);
		assertThat(registrations.get(reference, registration).getStatus()).isEqualTo(DealRegistrationStatus.APPROVED);

		// when the partner wins the lead, 30 days after its contract
		at(SIGNED.plus(Duration.ofDays(30)));
		partnerLeads.won(reference, lead.getReference(), new BigDecimal("45000"), LocalDate.of(2033, 4, 1),
				PartnerService.CONTACT_ACTOR);
		runJobsOf(reference, lead.getReference());

		// then the lead is won through the registration, which recorded the partner's first deal
		assertThat(leads.get(lead.getReference()).getStatus()).isEqualTo(LeadStatus.WON);
		assertThat(registrations.get(reference, registration).getStatus()).isEqualTo(DealRegistrationStatus.WON);
		assertThat(deals.list(reference)).singleElement().satisfies(deal -> {
			assertThat(deal.getCustomer()).isEqualTo("Hôtel Triglav");
			assertThat(deal.getSignedOn()).isEqualTo(LocalDate.of(2033, 4, 1));
		});
		assertThat(partners.get(reference).getFirstDealAt()).isEqualTo(Instant.parse("2033-04-01T00:00:00Z"));
		assertThat(partners.get(reference).getStatus()).as("ACTIVE when the plan ends").isEqualTo(PartnerStatus.ONBOARDING);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(lead.getReference()).count()).isZero();

		// and the plan counts it: the lead campaign's task shows it, and its record keeps it
		Task campaign = task(reference, OnboardingProcess.RUN_LEAD_CAMPAIGN);
		assertThat(tasks.getVariable(campaign.getId(), OnboardingProcess.VAR_LEAD_FACTS).toString())
			.contains("Leads during the plan: 1 lead passed, 1 accepted, 1 won", lead.getReference() + " Hôtel Triglav");
		submit("mark", campaign, Map.of(OnboardingProcess.VAR_CAMPAIGN_SUMMARY, "Hotel trade fair and a mailing"));
		assertThat(plans.facts(reference).leadsPassed()).isEqualTo(1);
		assertThat(partners.timeline(reference)).anySatisfy(event -> {
			assertThat(event.getKind()).isEqualTo("LEAD_CAMPAIGN");
			assertThat(event.getDescription()).startsWith("1 leads passed (1 accepted, 1 won)");
		});

		// when its plan ends, at day 100, with rita's review
		at(SIGNED.plus(Duration.ofDays(101)));
		runJobsOf(reference);
		submit("rita", task(reference, OnboardingProcess.REVIEW_AUTONOMY), Map.of(OnboardingProcess.VAR_COMMERCIALLY_AUTONOMOUS,
				"yes", OnboardingProcess.VAR_COMMERCIAL_AUTONOMY_COMMENT, "Won its first hotel", OnboardingProcess.VAR_TECHNICALLY_AUTONOMOUS,
				"yes", OnboardingProcess.VAR_TECHNICAL_AUTONOMY_COMMENT, "Installed it alone"));
		runJobsOf(reference);

		// then it is active, and the KPIs of the partners listed that day count its first deal and its lead
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.ACTIVE);
		ApiClient mona = new ApiClient(URI.create("http://localhost:" + port), "mona", "mona");
		JsonNode kpis = JSON.readTree(mona.get("/api/kpis?from=2033-03-01&to=2033-03-01").body());
		assertThat(kpis.path("timeToFirstDeal").path("partners").asLong()).isEqualTo(1);
		// contract signed on 2 March 09:00, first deal signed on 1 April: 29 days and 15 hours
		assertThat(kpis.path("timeToFirstDeal").path("averageDays").decimalValue()).isEqualByComparingTo("29.6");
		assertThat(kpis.path("leads").path("passed").asLong()).isEqualTo(1);
		assertThat(kpis.path("leads").path("accepted").asLong()).isEqualTo(1);
		assertThat(kpis.path("leads").path("won").asLong()).isEqualTo(1);
		assertThat(kpis.path("leads").path("conversionRate").decimalValue()).isEqualByComparingTo("1.00");
		assertThat(kpis.path("leadsByPartner")).singleElement().satisfies(row -> {
			assertThat(row.path("key").asText()).isEqualTo(reference);
			assertThat(row.path("won").asLong()).isEqualTo(1);
		});
		assertThat(kpis.path("leadsByRecruiter")).singleElement().satisfies(row -> {
			assertThat(row.path("name").asText()).isEqualTo("Rita Recruiter");
			assertThat(row.path("passed").asLong()).isEqualTo(1);
		});
		HttpResponse<String> csv = mona.send("GET", "/api/kpis/export.csv?from=2033-03-01&to=2033-03-01", null, null, "text/csv");
		assertThat(csv.body().lines()).contains("leads,,,passed,1", "leads,,,conversionRate,1",
				"leadsByRecruiter,rita,Rita Recruiter,won,1")
			.anyMatch(line -> line.startsWith("leadsByPartner," + reference + ",") && line.endsWith(",accepted,1"));
	}

	Task task(String businessKey, String taskKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
	}

	void submit(String user, Task task, Map<String, Object> form) {
		TestUsers.as(identity, user, () -> {
			forms.submitTaskForm(task.getId(), form);
			return null;
		});
	}

	/** Runs the due jobs of these business keys' processes only, at the story's clock. */
	void runJobsOf(String... businessKeys) {
		for (int round = 0; round < 50; round++) {
			Set<String> instances = new TreeSet<>();
			for (String key : businessKeys) {
				runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
					.map(ProcessInstance::getId).forEach(instances::add);
			}
			List<Job> due = instances.isEmpty() ? List.of() : management.createJobQuery()
				.processInstanceIds(instances).executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
		throw new IllegalStateException("Jobs keep coming");
	}

}
