package io.partnerflow.portal;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.dealregistration.DealRegistrationStatus;
import io.partnerflow.dealregistration.DealRegistrations;
import io.partnerflow.deals.DealService;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.leads.Lead;
import io.partnerflow.leads.LeadProcess;
import io.partnerflow.leads.LeadProgress;
import io.partnerflow.leads.LeadRequest;
import io.partnerflow.leads.LeadStatus;
import io.partnerflow.leads.Leads;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.TestUsers;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's leads in its portal, through HTTP as a browser sends it: it sees the lead the lead cell
 * passed it with its deadline, declines it (the lead goes to the next partner, and the first sees no
 * more of it), or accepts it and reports its progress, asks pre-sales for help and wins it through the
 * deal registration its offer made, once approved; a silent partner loses the lead when its window
 * passes; a lead of another partner is unknown to it, and the forms need their token.
 */
@IntegrationTest
class PortalLeadsIntegrationTest {

	static final String PASSWORD = "a long phrase for the portal";

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
	Jobs jobs;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	Leads leads;

	@Autowired
	DealRegistrations registrations;

	@Autowired
	DealService deals;

	final Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.DAYS);

	@AfterEach
	void realTime() {
		ClockUtil.reset();
	}

	String page() {
		return "http://localhost:" + port + "/portal/leads";
	}

	SignedPartners.Invited signed(String name, String country) {
		return new SignedPartners(port, partners, runtime, jobs, mailCatcher)
			.sign(TestPartners.candidate(name, country, "Hospitality", PartnerCategory.RESELLER), signedAt);
	}

	/** A lead of a hotel in {@code country}, recorded by lena and offered to {@code partner}. */
	Lead offered(String customer, String country, String partner) {
		Lead lead = leads.record(new LeadRequest(customer, country, "Booking system", "Hospitality", PartnerCategory.RESELLER,
				new BigDecimal("40000"), "Trade fair"), "lena");
		jobs.runDue();
		confirm(lead, partner);
		return leads.get(lead.getReference());
	}

	void confirm(Lead lead, String partner) {
		Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(lead.getReference())
			.taskDefinitionKey(LeadProcess.CONFIRM_PARTNER).singleResult();
		TestUsers.as(identity, "lena", () -> {
			forms.submitTaskForm(confirm.getId(), Map.of(LeadProcess.VAR_ASSIGNED_PARTNER, partner));
			return null;
		});
		jobs.runDue();
	}

	PortalVisitor loggedIn(SignedPartners.Invited invited) throws Exception {
		PortalVisitor visitor = new PortalVisitor(port);
		visitor.get(invited.link());
		visitor.post(invited.link(), Map.of("password", PASSWORD, "confirmation", PASSWORD));
		visitor.login(invited.email(), PASSWORD);
		visitor.get(page());
		return visitor;
	}

	HttpResponse<String> act(PortalVisitor visitor, Lead lead, String action, Map<String, String> fields) throws Exception {
		Map<String, String> form = new java.util.HashMap<>(fields);
		form.put("lead", lead.getReference());
		form.put("action", action);
		HttpResponse<String> answer = visitor.post(page(), form);
		visitor.get(page());
		return answer;
	}

	@Test
	void aDeclinedLeadGoesToTheNextPartnerWhichAcceptsFollowsAndWinsItThroughItsRegistration() throws Exception {
		// given two new hotel partners in Malta, and a lead offered to the first
		SignedPartners.Invited first = signed("First Hotels", "MT");
		SignedPartners.Invited second = signed("Second Hotels", "MT");
		Lead lead = offered("Hôtel Méridien " + System.nanoTime(), "MT", first.reference());
		PortalVisitor one = loggedIn(first);

		// then its page shows the lead and its deadline
		String shown = PortalVisitor.text(one.get(page()));
		assertThat(shown).contains(lead.getCustomerCompany(), "Booking system", "To accept or decline by", "40,000.00");

		// when it declines the lead
		HttpResponse<String> declined = act(one, lead, "decline", Map.of("reason", "No hotel team this quarter"));

		// then the lead goes to the next partner, never back to the first
		assertThat(declined.statusCode()).isEqualTo(302);
		assertThat(leads.get(lead.getReference()).getStatus()).isEqualTo(LeadStatus.ROUTING);
		jobs.runDue();
		Task next = tasks.createTaskQuery().processInstanceBusinessKey(lead.getReference())
			.taskDefinitionKey(LeadProcess.CONFIRM_PARTNER).singleResult();
		assertThat(tasks.getVariable(next.getId(), LeadProcess.VAR_ASSIGNED_PARTNER)).isEqualTo(second.reference());
		assertThat(tasks.getVariable(next.getId(), LeadProcess.VAR_ELIGIBLE_PARTNERS).toString())
			.doesNotContain(first.reference());
		confirm(lead, second.reference());

		// when the second accepts it
		PortalVisitor two = loggedIn(second);
		assertThat(act(two, lead, "accept", Map.of()).statusCode()).isEqualTo(302);

		// then it follows the lead, and the first sees it declined, naming nobody
		assertThat(leads.get(lead.getReference()).getStatus()).isEqualTo(LeadStatus.ACCEPTED);
		assertThat(PortalVisitor.text(two.get(page()))).contains("Accepted: your next news is due by");
		String firstPage = PortalVisitor.text(one.get(page()));
		assertThat(firstPage).contains("Declined").doesNotContain(partners.get(second.reference()).getCompany());
		HttpResponse<String> late = act(one, lead, "accept", Map.of());
		assertThat(late.statusCode()).isEqualTo(422);
		assertThat(late.body()).contains("This lead is no longer waiting for your answer.");

		// when it reports its progress and asks pre-sales for help
		assertThat(act(two, lead, "contacted", Map.of()).statusCode()).isEqualTo(302);
		assertThat(leads.get(lead.getReference()).getProgress()).isEqualTo(LeadProgress.CONTACTED);
		assertThat(act(two, lead, "presales", Map.of("request", " ")).body()).contains("Please say what help you need.");
		assertThat(act(two, lead, "presales", Map.of("request", "Size the booking system with us")).statusCode())
			.isEqualTo(302);
		jobs.runDue();
		Task help = tasks.createTaskQuery().processInstanceBusinessKey(lead.getReference())
			.taskDefinitionKey(LeadProcess.SUPPORT_OFFER).singleResult();
		assertThat(tasks.createTaskQuery().taskId(help.getId()).taskCandidateGroup("sales").count()).isOne();
		assertThat(help.getDueDate().toInstant()).isBetween(Instant.now().plus(Duration.ofDays(5)).minusSeconds(120),
				Instant.now().plus(Duration.ofDays(5)).plusSeconds(120));
		assertThat(act(two, lead, "presales", Map.of("request", "Again")).body())
			.contains("You asked our pre-sales team already");
		TestUsers.as(identity, "raoul", () -> {
			forms.submitTaskForm(help.getId(), Map.of(LeadProcess.VAR_PRESALES_SUMMARY, "Sized it with the partner"));
			return null;
		});
		assertThat(partners.timeline(second.reference())).anySatisfy(event -> {
			assertThat(event.getKind()).isEqualTo("PRESALES_GIVEN");
			assertThat(event.getActor()).isEqualTo("raoul");
		});

		// a lead is won through its registration: first the offer, which registers the deal
		assertThat(act(two, lead, "won", Map.of("amount", "38000", "signedOn", LocalDate.now().toString())).body())
			.contains("Report your offer first");
		HttpResponse<String> pastClose = act(two, lead, "offer-made", Map.of("offerValue", "38000",
				"expectedCloseOn", LocalDate.now().minusDays(1).toString()));
		assertThat(PortalVisitor.fieldError(pastClose.body(), "expectedCloseOn")).isEqualTo("The expected close date is already past.");
		assertThat(act(two, lead, "offer-made", Map.of("offerValue", "38000",
				"expectedCloseOn", LocalDate.now().plusDays(30).toString())).statusCode()).isEqualTo(302);
		Lead offerMade = leads.get(lead.getReference());
		assertThat(offerMade.getProgress()).isEqualTo(LeadProgress.OFFER_MADE);
		assertThat(registrations.get(second.reference(), offerMade.getDealRegistrationId()).getStatus())
			.isEqualTo(DealRegistrationStatus.SUBMITTED);
		assertThat(act(two, lead, "won", Map.of("amount", "38000", "signedOn", LocalDate.now().toString())).body())
			.contains("still under review");

		// when its recruiter approves the registration, the partner wins the lead
		jobs.runDue();
		Task review = tasks.createTaskQuery().processInstanceBusinessKey(second.reference())
			.taskDefinitionKey("UserTask_ReviewDealRegistration").singleResult();
		TestUsers.as(identity, "rita", () -> {
			forms.submitTaskForm(review.getId(), Map.of("registrationDecision", "approve"));
			return null;
		});
		jobs.runDue();
		assertThat(PortalVisitor.text(two.get(page()))).contains("Record the won deal");
		HttpResponse<String> won = act(two, lead, "won", Map.of("amount", "38000", "signedOn", LocalDate.now().toString()));
		assertThat(won.statusCode()).as(won.body()).isEqualTo(302);
		jobs.runDue();

		// then the lead is won and the deal recorded through the registration, as the partner's first
		assertThat(leads.get(lead.getReference()).getStatus()).isEqualTo(LeadStatus.WON);
		assertThat(registrations.get(second.reference(), offerMade.getDealRegistrationId()).getStatus())
			.isEqualTo(DealRegistrationStatus.WON);
		assertThat(deals.list(second.reference())).singleElement().satisfies(deal -> {
			assertThat(deal.getCustomer()).isEqualTo(lead.getCustomerCompany());
			assertThat(deal.getAmount()).isEqualByComparingTo("38000");
		});
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(lead.getReference()).count()).isZero();
		assertThat(PortalVisitor.text(two.get(page()))).contains("Won: €38,000.00");
	}

	@Test
	void aPartnerSilentBeyondItsWindowLosesTheLeadAndIsTold() throws Exception {
		// given a lead offered to a partner in Estonia, another partner there
		SignedPartners.Invited silent = signed("Silent Hotels", "EE");
		SignedPartners.Invited other = signed("Other Hotels", "EE");
		Lead lead = offered("Hôtel Tallinn " + System.nanoTime(), "EE", silent.reference());
		String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(lead.getReference())
			.singleResult().getId();

		// when its two days pass without an answer
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2)).plusSeconds(120)));
		runJobsOf(process);

		// then it is told, and the lead goes to the next partner
		assertThat(mailCatcher.mailsReceivedBy(silent.email()))
			.anySatisfy(mail -> assertThat(mail.subject()).startsWith("Lead passed to another partner"));
		Task next = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(LeadProcess.CONFIRM_PARTNER)
			.singleResult();
		assertThat(tasks.getVariable(next.getId(), LeadProcess.VAR_ASSIGNED_PARTNER)).isEqualTo(other.reference());
		assertThat(leads.offers(leads.get(lead.getReference()))).singleElement()
			.satisfies(offer -> assertThat(offer.getOutcome().name()).isEqualTo("LAPSED"));
		ClockUtil.reset();
		assertThat(PortalVisitor.text(loggedIn(silent).get(page()))).contains("Not answered in time: passed to another partner");
	}

	@Test
	void anotherPartnersLeadIsUnknownAndEveryFormNeedsItsToken() throws Exception {
		// given a lead offered to one partner of Latvia
		SignedPartners.Invited holder = signed("Holder Hotels", "LV");
		SignedPartners.Invited stranger = signed("Stranger Hotels", "LV");
		Lead lead = offered("Hôtel Riga " + System.nanoTime(), "LV", holder.reference());
		PortalVisitor visitor = loggedIn(stranger);

		// then the other partner neither sees it nor acts on it
		assertThat(visitor.get(page()).body()).doesNotContain(lead.getCustomerCompany());
		HttpResponse<String> taken = act(visitor, lead, "accept", Map.of());
		assertThat(taken.statusCode()).isEqualTo(404);
		assertThat(taken.body()).contains("This lead is not one of yours.").doesNotContain(lead.getCustomerCompany());
		assertThat(leads.get(lead.getReference()).getStatus()).isEqualTo(LeadStatus.OFFERED);

		// a form without its token, or without a login, changes nothing
		HttpResponse<String> forged = new PortalVisitor(port).send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create(page()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("lead=" + lead.getReference() + "&action=decline")));
		assertThat(forged.statusCode()).isIn(302, 403);
		assertThat(new PortalVisitor(port).get(page()).headers().firstValue("Location").orElseThrow()).endsWith("/portal/login");
		assertThat(leads.get(lead.getReference()).getStatus()).isEqualTo(LeadStatus.OFFERED);
	}

	void runJobsOf(String processInstanceId) {
		for (int round = 0; round < 20; round++) {
			java.util.List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
	}

}
