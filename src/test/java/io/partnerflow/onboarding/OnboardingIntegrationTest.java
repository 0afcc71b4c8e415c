package io.partnerflow.onboarding;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.demo.MailCatcher.CaughtMail;
import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.WebappSession;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.partnerflow.onboarding.OnboardingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One partner through its 100-day plan to ACTIVE with a deal posted to the API, and one to EXITED
 * after the month-6 review: the real application, users completing their tasks, the SMTP catcher
 * receiving every mail. The plan is started as the recruitment funnel starts it. The contract type
 * shapes the plan: a referral partner's has no technical training, anywhere it is shown; a strategic
 * OEM partner's has the integration milestone (training) and the CEO meeting (leadership).
 */
@IntegrationTest
class OnboardingIntegrationTest {

	static final Instant SIGNED = Instant.parse("2026-03-02T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	FormService formService;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	Jobs jobs;

	@Autowired
	OnboardingPlanService plans;

	@Autowired
	org.camunda.bpm.engine.ManagementService managementService;

	@Autowired
	AutonomyReviews autonomyReviews;

	@Autowired
	org.camunda.bpm.engine.HistoryService historyService;

	Partner partner;

	@BeforeEach
	void aPartnerWithASignedContract() {
		ClockUtil.setCurrentTime(Date.from(SIGNED));
		partner = signed(TestPartners.candidate("Onboarded"));
	}

	Partner signed(CandidateData candidate) {
		Partner partner = partners.register(candidate, "rita");
		String ref = partner.getReference();
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
			partners.changeStatus(ref, status, "rita", null);
		}
		partners.recordContractSignature(ref, SIGNED, "luc");
		return partner;
	}

	@AfterEach
	void restore() {
		identityService.clearAuthentication();
		ClockUtil.reset();
	}

	@Test
	void aPartnerTrainedAndSupportedBecomesActiveWithItsFirstDeal() {
		// given the plan started by the recruitment funnel
		startPlan();
		assertThat(status()).isEqualTo(PartnerStatus.ONBOARDING);
		CaughtMail welcome = mail("Bienvenue dans votre plan des 100 jours, " + partner.getCompany());
		assertThat(welcome.to()).containsExactly(partner.getContactEmail());
		// it carries the contact's invitation to the portal: nobody else receives it, the recruiter is named in it
		assertThat(welcome.cc()).isEmpty();
		assertThat(welcome.text()).contains("Votre interlocuteur : Rita Recruiter, rita@partnerflow.test.", "/portal/password/");
		// in French, dates written as a French reader writes them
		assertThat(welcome.text()).contains("Bilan du plan (jour 100) :                   10 juin 2026")
			.contains("Point d'étape du partenariat (6e mois) :     2 septembre 2026");

		assertThat(formOf(task(TRAIN_SALES_PEOPLE))).contains("\"key\": \"salesPeopleCertified\"");
		assertThat(taskService.getVariable(task(TRAIN_SALES_PEOPLE).getId(), VAR_COMPANY)).isEqualTo(partner.getCompany());
		assertThat(taskService.getVariable(task(TRAIN_SALES_PEOPLE).getId(), VAR_REFERENCE)).isEqualTo(partner.getReference());
		assertThat(taskService.createTaskQuery().taskCandidateUser("tess").processInstanceBusinessKey(partner.getReference())
			.list()).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder(TRAIN_SALES_PEOPLE, TRAIN_TECHNICIANS);

		// when training, marketing and sales do their part in the first month
		atDay(30);
		assertThatThrownBy(() -> complete("tess", TRAIN_SALES_PEOPLE,
				Map.of(VAR_SALES_PEOPLE_TRAINED, 2, VAR_SALES_PEOPLE_CERTIFIED, 3)))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Certified sales people cannot outnumber trained sales people");
		// (the people who passed, recorded with their certification's dates: the tier counts them)
		for (String[] person : new String[][] { { "Ana Sales", "SALES" }, { "Bo Sales", "SALES" }, { "Cy Sales", "SALES" },
				{ "Di Tech", "TECHNICAL" }, { "Ed Tech", "TECHNICAL" } }) {
			assertThat(certify(person[0], person[1]).statusCode()).isEqualTo(201);
		}
		complete("tess", TRAIN_SALES_PEOPLE, Map.of(VAR_SALES_PEOPLE_TRAINED, 4, VAR_SALES_PEOPLE_CERTIFIED, 3));
		complete("tess", TRAIN_TECHNICIANS, Map.of(VAR_TECHNICIANS_TRAINED, 2, VAR_TECHNICIANS_CERTIFIED, 2));
		complete("rita", SIGN_BUSINESS_PLAN, Map.of(VAR_BUSINESS_PLAN_SIGNED_ON, "2026-03-20", VAR_YEARLY_OBJECTIVES,
				"300 kEUR, 10 customers", VAR_MEANS_TO_REACH_THEM, "2 sales people, 1 event per quarter"));
		complete("mark", RUN_LEAD_CAMPAIGN, Map.of(VAR_CAMPAIGN_SUMMARY, "Webinar and trade fair"));
		complete("raoul", SUPPORT_FIRST_VISITS, Map.of(VAR_CUSTOMER_VISITS_DONE, 3, VAR_VISITS_SUMMARY, "Two hot leads"));
		jobs.runDueOf(partner.getReference());

		// then the tier is decided on the certified people and the deals won in the last 12 months (none yet):
		// Silver, and the partner is told what Gold needs, from the table
		assertThat(partners.get(partner.getReference()).getTier()).isEqualTo("Silver");
		CaughtMail silver = mail(partner.getCompany() + " est désormais partenaire Silver");
		assertThat(silver.to()).containsExactly(partner.getContactEmail());
		assertThat(silver.cc()).containsExactly("rita@partnerflow.test");
		assertThat(silver.text()).contains("passe du niveau aucun au niveau Silver",
				"(certification valide ce jour) :                  3", "(certification valide ce jour) :                  2",
				"Ce qu'exige le niveau Gold", "≥ 500 000");
		assertThat(partners.timeline(partner.getReference())).extracting(e -> e.getKind())
			.contains("CERTIFICATION", "TIER", "TIER_REVIEWED");

		// when the recruiter reviews the plan at day 100, before any deal
		atDay(101);
		jobs.runDueOf(partner.getReference());
		assertThat(taskService.getVariable(task(REVIEW_AUTONOMY).getId(), "trainingFacts"))
			.isEqualTo("Sales people: 4 trained, 3 certified\nTechnicians: 2 trained, 2 certified");
		complete("rita", REVIEW_AUTONOMY, Map.of(VAR_COMMERCIALLY_AUTONOMOUS, "yes", VAR_COMMERCIAL_AUTONOMY_COMMENT,
				"Closes on its own", VAR_TECHNICALLY_AUTONOMOUS, "no", VAR_TECHNICAL_AUTONOMY_COMMENT, "Needs support"));
		assertThat(status()).isEqualTo(PartnerStatus.ONBOARDING);

		// and the first deal is posted at day 120
		atDay(120);
		assertThat(post("rita", "{\"customer\":\"\",\"amount\":-5}").statusCode()).isEqualTo(400);
		HttpResponse<String> bad = post("rita", "{\"customer\":\"\",\"amount\":-5}");
		assertThat(bad.body()).contains("\"field\":\"customer\"", "\"field\":\"amount\"", "\"field\":\"signedOn\"");
		HttpResponse<String> badDate = post("rita", deal("Acme", "28/06/2026"));
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("\"field\":\"signedOn\"", "must be a date YYYY-MM-DD");
		assertThat(post("tess", deal("Acme", "2026-06-28")).statusCode()).isEqualTo(403);
		HttpResponse<String> created = post("rita", deal("Acme Retail", "2026-06-28"));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"first\":true", "\"customer\":\"Acme Retail\"");
		jobs.runDueOf(partner.getReference());

		// then the partner is active, with its first-deal date and its autonomy dated
		Partner active = partners.get(partner.getReference());
		assertThat(active.getStatus()).isEqualTo(PartnerStatus.ACTIVE);
		assertThat(active.getFirstDealAt()).isEqualTo(Instant.parse("2026-06-28T00:00:00Z"));
		CaughtMail activeNotice = mail(partner.getCompany() + " is an active partner");
		assertThat(activeNotice.to()).containsExactly("rita@partnerflow.test");
		assertThat(idsReceivedBy("mona@partnerflow.test")).contains(activeNotice.messageId());
		assertThat(idsReceivedBy(partner.getContactEmail())).doesNotContain(activeNotice.messageId());
		assertThat(planRunning()).isFalse();
		assertThat(get("/api/partners/" + partner.getReference() + "/onboarding-plan").body())
			.contains("\"salesPeopleCertified\":3", "\"leadsPassed\":0", "\"commerciallyAutonomousAt\":\"2026-06-11",
					"\"deals\":1")
			.doesNotContain("technicallyAutonomousAt");

		// and a later deal is recorded, not first
		assertThat(post("mona", deal("Beta Stores", "2026-06-29")).body()).contains("\"first\":false");
		assertThat(post("rita", deal("Acme", "2026-07-01")).statusCode()).isEqualTo(400); // in the future
		assertThat(post("rita", deal("Acme", "2026-06-30")).statusCode()).isEqualTo(201);
		assertThat(postTo("P-1999-99999", "rita", deal("Acme", "2026-06-28")).statusCode()).isEqualTo(404);
	}

	@Test
	void aPartnerWithoutADealAtMonthSixExitsAfterTheReviewAndTheConversation() {
		// given a plan reviewed at day 100 without a deal
		startPlan();
		atDay(101);
		jobs.runDueOf(partner.getReference());
		complete("rita", REVIEW_AUTONOMY, Map.of(VAR_COMMERCIALLY_AUTONOMOUS, "no", VAR_COMMERCIAL_AUTONOMY_COMMENT,
				"No pipeline", VAR_TECHNICALLY_AUTONOMOUS, "no", VAR_TECHNICAL_AUTONOMY_COMMENT, "Not trained"));
		assertThat(autonomyReviewsRunning()).isTrue();

		// when month 6 comes and the manager decides the exit
		ClockUtil.setCurrentTime(Date.from(SIGNED.atZone(ZoneOffset.UTC).plusMonths(6).plusHours(1).toInstant()));
		jobs.runDueOf(partner.getReference());
		assertThat(status()).isEqualTo(PartnerStatus.EXIT_REVIEW);
		Task review = task(ExitReviewProcess.REVIEW_PARTNERSHIP);
		assertThat(taskService.getVariable(review.getId(), ExitReviewProcess.VAR_TRAINING_FACTS))
			.isEqualTo("Sales people: not trained\nTechnicians: not trained");
		assertThat(taskService.getVariable(review.getId(), ExitReviewProcess.VAR_DEAL_FACTS)).isEqualTo("None");
		assertThat(formOf(review)).contains("\"id\": \"exit-review-review-partnership\"", "\"key\": \"trainingFacts\"");
		complete("mona", ExitReviewProcess.REVIEW_PARTNERSHIP,
				Map.of(ExitReviewProcess.VAR_REVIEW_DECISION, ExitReviewProcess.DECISION_EXIT));

		// and the recruiter holds the exit conversation
		assertThat(task(ExitReviewProcess.HOLD_EXIT_CONVERSATION).getAssignee()).isEqualTo("rita");
		complete("rita", ExitReviewProcess.HOLD_EXIT_CONVERSATION, Map.of(ExitReviewProcess.VAR_EXIT_CONVERSATION_ON,
				"2026-09-02", ExitReviewProcess.VAR_EXIT_CONVERSATION_SUMMARY, "Understood; no hard feelings"));
		jobs.runDueOf(partner.getReference());

		// then the partner has exited, every department and the partner are told, each its own mail, and deals are refused
		assertThat(status()).isEqualTo(PartnerStatus.EXITED);
		CaughtMail notice = mail("Partnership with " + partner.getCompany() + " ended");
		assertThat(notice.to()).containsExactly("rita@partnerflow.test");
		assertThat(notice.cc()).isEmpty();
		for (String department : List.of("mona@partnerflow.test", "mark@partnerflow.test", "tess@partnerflow.test")) {
			assertThat(idsReceivedBy(department)).as("notice to %s", department).contains(notice.messageId());
		}
		assertThat(notice.text()).contains("Understood; no hard feelings", "stop passing leads");
		// (luc and raoul read French: theirs is the French notice, in Bcc)
		CaughtMail french = mail("Fin du partenariat avec " + partner.getCompany());
		for (String department : List.of("luc@partnerflow.test", "raoul@partnerflow.test")) {
			assertThat(idsReceivedBy(department)).as("notice to %s", department).contains(french.messageId())
				.doesNotContain(notice.messageId());
		}
		assertThat(french.text()).contains("Understood; no hard feelings");
		CaughtMail letter = mail("Notre partenariat avec " + partner.getCompany() + " (" + partner.getReference() + ")");
		assertThat(idsReceivedBy(partner.getContactEmail())).containsExactly(
				mail("Bienvenue dans votre plan des 100 jours, " + partner.getCompany()).messageId(), letter.messageId());
		assertThat(letter.to()).containsExactly(partner.getContactEmail());
		assertThat(letter.cc()).containsExactly("rita@partnerflow.test");
		assertThat(letter.text()).contains("Bonjour " + partner.getContactName(), "Merci",
				"contactez Rita Recruiter, rita@partnerflow.test")
			.doesNotContain("Understood; no hard feelings", "stop passing leads", "mona@", "mark@", "luc@");
		assertThat(planRunning()).isFalse();
		// and a partner that left is not reviewed any more: its recurring autonomy reviews ended with the exit
		assertThat(autonomyReviewsRunning()).isFalse();
		String reviews = historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(AUTONOMY_REVIEW_KEY)
			.processInstanceBusinessKey(partner.getReference())
			.singleResult()
			.getId();
		assertThat(historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(reviews)
			.activityId(END_AUTONOMY_PARTNER_LEFT)
			.count()).isOne();
		HttpResponse<String> refused = post("rita", deal("Too late", "2026-09-02"));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Partner exited");
	}

	@Test
	void aReferralPartnersPlanHasNoTechnicalTrainingAndNeverMissesIt() throws Exception {
		// when a referral partner's plan starts
		startPlan("REFERRAL");

		// then training gets its sales people to train, and no technicians
		assertThat(taskService.createTaskQuery().taskCandidateUser("tess").processInstanceBusinessKey(partner.getReference())
			.list()).extracting(Task::getTaskDefinitionKey).containsExactly(TRAIN_SALES_PEOPLE);
		assertThat(task(TRAIN_TECHNICIANS)).isNull();
		// the plan's record says which steps it has, for the contract legal chose
		assertThat(get("/api/partners/" + partner.getReference() + "/onboarding-plan").body())
			.contains("\"contractType\":\"REFERRAL\"", "\"steps\":[\"train-sales-people\",\"sign-business-plan\","
					+ "\"run-lead-campaign\",\"support-first-visits\",\"review-autonomy\"]");
		assertThat(partners.timeline(partner.getReference())).anySatisfy(event -> assertThat(event.getDescription())
			.isEqualTo("100-day plan for a REFERRAL contract: no technical training, no integration milestone, no CEO meeting"));
		// the welcome letter promises no technicians' training (the contact reads French)
		assertThat(mail("Bienvenue dans votre plan des 100 jours, " + partner.getCompany()).text())
			.contains("Ce que nous faisons ensemble : former vos commerciaux, signer notre plan")
			.doesNotContain("techniciens", "jalon d'intégration", "PDG");
		// and the partner's plan in the portal does not list it
		assertThat(plans.partnerPlan(partner.getReference()).orElseThrow().actions()).extracting(PartnerPlan.Action::name)
			.doesNotContain("train-technicians", "reach-integration-milestone", "meet-partner-ceo")
			.contains("train-sales-people", "sign-business-plan");

		// when every step of its plan is done
		atDay(30);
		complete("tess", TRAIN_SALES_PEOPLE, Map.of(VAR_SALES_PEOPLE_TRAINED, 2, VAR_SALES_PEOPLE_CERTIFIED, 1));
		complete("rita", SIGN_BUSINESS_PLAN, Map.of(VAR_BUSINESS_PLAN_SIGNED_ON, "2026-03-20", VAR_YEARLY_OBJECTIVES,
				"20 referrals", VAR_MEANS_TO_REACH_THEM, "A shared pipeline review each month"));
		complete("mark", RUN_LEAD_CAMPAIGN, Map.of(VAR_CAMPAIGN_SUMMARY, "Webinar"));
		complete("raoul", SUPPORT_FIRST_VISITS, Map.of(VAR_CUSTOMER_VISITS_DONE, 2, VAR_VISITS_SUMMARY, "Two visits"));
		jobs.runDueOf(partner.getReference());
		atDay(101);
		jobs.runDueOf(partner.getReference());

		// then nothing is left to do: the technicians' training is not part of the plan, not missing
		assertThat(taskService.getVariable(task(REVIEW_AUTONOMY).getId(), VAR_TRAINING_FACTS))
			.isEqualTo("Sales people: 2 trained, 1 certified\nTechnicians: not part of this plan");
		assertThat(taskService.getVariable(task(REVIEW_AUTONOMY).getId(), VAR_MILESTONE_FACTS))
			.isEqualTo("Integration milestone: not part of this plan\nCEO meeting: not part of this plan");
		complete("rita", REVIEW_AUTONOMY, Map.of(VAR_COMMERCIALLY_AUTONOMOUS, "yes", VAR_COMMERCIAL_AUTONOMY_COMMENT,
				"Refers on its own", VAR_TECHNICALLY_AUTONOMOUS, "no", VAR_TECHNICAL_AUTONOMY_COMMENT, "Delivers nothing"));
		assertThat(plans.partnerPlan(partner.getReference()).orElseThrow().actions())
			.allSatisfy(action -> assertThat(action.done()).as(action.name()).isTrue());
		PlanFacts facts = plans.facts(partner.getReference());
		assertThat(java.util.Arrays.stream(PlanStep.values()).filter(step -> facts.includes(step) && !facts.done(step)))
			.isEmpty();
		String page = new WebappSession(port).login("rita", "tasklist").page("/partners/" + partner.getReference()).body();
		assertThat(page).contains("REFERRAL", "Technicians: not part of this plan",
				"Integration milestone: not part of this plan", "CEO meeting: not part of this plan")
			.doesNotContain("Technicians: not trained");
	}

	@Test
	void aStrategicOemPartnerReachesItsIntegrationMilestoneAndItsCeoMeetsOurs() throws Exception {
		// given an OEM partner of 6 MEUR a year: strategic
		partner = signed(new CandidateData("Strategic OEM " + System.nanoTime(), "DE", "Manufacturing",
				PartnerCategory.TECHNOLOGY, "Hans Weber", "hans@oem" + System.nanoTime() + ".example", null, 6_000_000L, 8,
				6, 2, null));

		// when its plan starts
		startPlan("OEM");

		// then training owns the integration milestone and our leadership (leo) meets its CEO, each named for the partner
		assertThat(taskService.createTaskQuery().taskCandidateUser("tess").processInstanceBusinessKey(partner.getReference())
			.list()).extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder(TRAIN_SALES_PEOPLE, TRAIN_TECHNICIANS, REACH_INTEGRATION_MILESTONE);
		Task meeting = taskService.createTaskQuery().taskCandidateUser("leo")
			.processInstanceBusinessKey(partner.getReference())
			.singleResult();
		assertThat(meeting.getTaskDefinitionKey()).isEqualTo(MEET_PARTNER_CEO);
		assertThat(meeting.getName()).isEqualTo("Meet partner's CEO: " + partner.getCompany() + " (" + partner.getReference() + ")");
		assertThat(meeting.getDueDate()).isEqualTo(Date.from(SIGNED.plus(java.time.Duration.ofDays(45))));
		assertThat(formOf(meeting)).contains("\"id\": \"partner-onboarding-meet-partner-ceo\"", "\"key\": \"ceoMeetingHeldOn\"",
				"/partners/{{reference}}");
		assertThat(formOf(task(REACH_INTEGRATION_MILESTONE))).contains("\"key\": \"integrationMilestoneReachedOn\"");
		assertThat(task(REACH_INTEGRATION_MILESTONE).getDueDate())
			.isEqualTo(Date.from(SIGNED.plus(java.time.Duration.ofDays(80))));
		assertThat(taskService.getVariable(meeting.getId(), VAR_COMPANY)).isEqualTo(partner.getCompany());
		// the contact reads English (Germany): its welcome letter announces both
		assertThat(mail("Welcome to your 100-day plan, " + partner.getCompany()).text())
			.contains("train your sales people and your technicians", "a first integration milestone",
					"Our CEO, who sponsors our partner programme, will meet your CEO");
		// and leo reads the partner's page his form links to
		assertThat(new WebappSession(port).login("leo", "tasklist").page("/partners/" + partner.getReference()).statusCode())
			.isEqualTo(200);

		// when leo dates the meeting before the contract, then on the day, and training validates the integration
		atDay(20);
		assertThatThrownBy(() -> complete("leo", MEET_PARTNER_CEO,
				Map.of(VAR_CEO_MEETING_HELD_ON, "2026-02-01", VAR_CEO_MEETING_SUMMARY, "Too early")))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Meeting date");
		complete("leo", MEET_PARTNER_CEO, Map.of(VAR_CEO_MEETING_HELD_ON, "2026-03-20", VAR_CEO_MEETING_SUMMARY,
				"Both CEOs sponsor the first joint offer"));
		atDay(60);
		assertThatThrownBy(() -> complete("tess", REACH_INTEGRATION_MILESTONE,
				Map.of(VAR_INTEGRATION_MILESTONE_REACHED_ON, "2026-12-01", VAR_INTEGRATION_SUMMARY, "In the future")))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Milestone reached on");
		complete("tess", REACH_INTEGRATION_MILESTONE, Map.of(VAR_INTEGRATION_MILESTONE_REACHED_ON, "2026-04-28",
				VAR_INTEGRATION_SUMMARY, "Our engine inside its line controller, installed at two pilot sites"));

		// then the plan records both, and shows them as done
		PlanFacts facts = plans.facts(partner.getReference());
		assertThat(facts.steps()).contains("reach-integration-milestone", "meet-partner-ceo", "train-technicians");
		assertThat(facts.milestones()).isEqualTo("Integration milestone: reached on 2026-04-28\n"
				+ "Our engine inside its line controller, installed at two pilot sites\n"
				+ "CEO meeting: held on 2026-03-20\nBoth CEOs sponsor the first joint offer");
		assertThat(plans.partnerPlan(partner.getReference()).orElseThrow().actions())
			.filteredOn(action -> action.name().equals("meet-partner-ceo") || action.name().equals("reach-integration-milestone"))
			.extracting(PartnerPlan.Action::team, PartnerPlan.Action::done)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("leadership", true),
					org.assertj.core.groups.Tuple.tuple("training", true));
		assertThat(partners.timeline(partner.getReference())).extracting(event -> event.getKind())
			.contains("PLAN_STEPS", "CEO_MEETING", "INTEGRATION_MILESTONE");
		String page = new WebappSession(port).login("mona", "cockpit").page("/partners/" + partner.getReference()).body();
		assertThat(page).contains("Integration milestone: reached on 2026-04-28", "CEO meeting: held on 2026-03-20");
	}

	@Test
	void aPartnerNotAutonomousAtDayHundredIsReviewedUntilItIsAndItsAutonomyIsDatedByTheReviewThatFoundIt() {
		// given a partner technically autonomous at its day-100 review, not yet commercially
		startPlan();
		atDay(101);
		jobs.runDueOf(partner.getReference());
		complete("rita", REVIEW_AUTONOMY, Map.of(VAR_COMMERCIALLY_AUTONOMOUS, "no", VAR_COMMERCIAL_AUTONOMY_COMMENT,
				"Needs us on every deal", VAR_TECHNICALLY_AUTONOMOUS, "yes", VAR_TECHNICAL_AUTONOMY_COMMENT, "Installs alone"));
		Instant dayHundredReview = ClockUtil.getCurrentTime().toInstant();
		assertThat(autonomyReviewsRunning()).isTrue();
		assertThat(partners.timeline(partner.getReference())).extracting(e -> e.getKind()).contains("AUTONOMY_REVIEWS");

		// when a month later its recruiter reviews it again (the form names the partner and what was found)
		Task again = nextAutonomyReview();
		assertThat(again.getAssignee()).isEqualTo("rita");
		assertThat(formOf(again)).contains("\"id\": \"autonomy-review-review-autonomy-again\"", "{{company}}");
		assertThat(taskService.getVariable(again.getId(), VAR_AUTONOMY_FACTS)).isEqualTo(
				"Commercially autonomous: not yet\nTechnically autonomous: yes, since " + dayHundredReview.atZone(ZoneOffset.UTC).toLocalDate());
		// and a submission with a field the form does not have is refused, nothing recorded
		assertThatThrownBy(() -> complete("rita", REVIEW_AUTONOMY_AGAIN, Map.of(VAR_COMMERCIALLY_AUTONOMOUS, "yes",
				VAR_COMMERCIAL_AUTONOMY_COMMENT, "Sells alone", VAR_TECHNICALLY_AUTONOMOUS, "yes",
				VAR_TECHNICAL_AUTONOMY_COMMENT, "Installs alone", "technicallyAutonomousAt", "2026-03-03")))
			.isInstanceOf(RuntimeException.class);
		assertThat(plans.facts(partner.getReference()).commerciallyAutonomousAt()).isNull();
		// and it finds it commercially autonomous now, while saying no technically by mistake
		complete("rita", REVIEW_AUTONOMY_AGAIN, Map.of(VAR_COMMERCIALLY_AUTONOMOUS, "yes", VAR_COMMERCIAL_AUTONOMY_COMMENT,
				"Closed two deals alone", VAR_TECHNICALLY_AUTONOMOUS, "no", VAR_TECHNICAL_AUTONOMY_COMMENT, "Unsure"));

		// then its commercial autonomy is dated by that review, its technical autonomy keeps its day-100 date,
		// and the reviews end: autonomous on both counts
		PlanFacts facts = plans.facts(partner.getReference());
		assertThat(facts.commerciallyAutonomousAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
		assertThat(facts.commerciallyAutonomousAt()).isAfter(dayHundredReview.plus(java.time.Duration.ofDays(28)));
		assertThat(facts.technicallyAutonomousAt()).isEqualTo(dayHundredReview);
		assertThat(autonomyReviewsRunning()).isFalse();
	}

	@Test
	void aPartnerReviewedAtDayHundredBeforeTheRecurringReviewExistedGetsItsReviewsAtStartUpOnce() {
		// given a plan whose day-100 review found the partner not autonomous, recorded as an earlier version did:
		// no reviews started
		startPlan();
		atDay(101);
		plans.recordAutonomyReview(partner.getReference(), false, "No pipeline", true, "Installs alone", "rita");
		assertThat(autonomyReviewsRunning()).isFalse();

		// when the application starts (twice, as two nodes or two releases would)
		autonomyReviews.catchUp();
		autonomyReviews.catchUp();

		// then the partner has one series of reviews, a month from now
		assertThat(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AUTONOMY_REVIEW_KEY)
			.processInstanceBusinessKey(partner.getReference())
			.count()).isOne();
		assertThat(autonomyReviews.start(partner.getReference())).isFalse();
		assertThat(nextAutonomyReview().getAssignee()).isEqualTo("rita");
	}

	// --- steps -------------------------------------------------------------------------------

	boolean autonomyReviewsRunning() {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AUTONOMY_REVIEW_KEY)
			.processInstanceBusinessKey(partner.getReference())
			.count() > 0;
	}

	/** The partner's next autonomy review: its own timer, run when due (no other job is run). */
	Task nextAutonomyReview() {
		String reviews = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AUTONOMY_REVIEW_KEY)
			.processInstanceBusinessKey(partner.getReference())
			.singleResult()
			.getId();
		org.camunda.bpm.engine.runtime.Job timer = managementService.createJobQuery().processInstanceId(reviews).singleResult();
		ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
		managementService.executeJob(timer.getId());
		return task(REVIEW_AUTONOMY_AGAIN);
	}

	/** As the recruitment funnel's last step did before the contract type reached the plan. */
	void startPlan() {
		runtimeService.startProcessInstanceByKey(KEY, partner.getReference(),
				Map.of(VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED)));
		jobs.runDueOf(partner.getReference());
	}

	/** As the recruitment funnel's last step does: the contract's date and type. */
	void startPlan(String contractType) {
		runtimeService.startProcessInstanceByKey(KEY, partner.getReference(),
				Map.of(VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED), VAR_CONTRACT_TYPE, contractType));
		jobs.runDueOf(partner.getReference());
	}

	void complete(String user, String taskKey, Map<String, Object> variables) {
		Task task = task(taskKey);
		identityService.setAuthentication(user, identityService.createGroupQuery()
			.groupMember(user)
			.list()
			.stream()
			.map(g -> g.getId())
			.toList());
		try {
			taskService.complete(task.getId(), variables);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/** The Camunda Form Tasklist shows for the task. */
	String formOf(Task task) {
		try (java.io.InputStream form = formService.getDeployedTaskForm(task.getId())) {
			return new String(form.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	Task task(String taskKey) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(partner.getReference())
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	boolean planRunning() {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(KEY)
			.processInstanceBusinessKey(partner.getReference())
			.count() > 0;
	}

	PartnerStatus status() {
		return partners.get(partner.getReference()).getStatus();
	}

	static void atDay(int day) {
		ClockUtil.setCurrentTime(Date.from(SIGNED.plus(java.time.Duration.ofDays(day))));
	}

	/** The Message-IDs of the mails that reached this address, in To, Cc or Bcc. */
	List<String> idsReceivedBy(String address) {
		return mailCatcher.mailsReceivedBy(address).stream().map(CaughtMail::messageId).toList();
	}

	CaughtMail mail(String subject) {
		List<CaughtMail> found = mailCatcher.mails().stream().filter(m -> m.subject().equals(subject)).toList();
		assertThat(found).as("mails with subject '%s'", subject).hasSize(1);
		return found.get(0);
	}

	static String deal(String customer, String signedOn) {
		return "{\"customer\":\"%s\",\"amount\":125000.50,\"signedOn\":\"%s\"}".formatted(customer, signedOn);
	}

	HttpResponse<String> post(String user, String body) {
		return postTo(partner.getReference(), user, body);
	}

	HttpResponse<String> postTo(String reference, String user, String body) {
		return send(HttpRequest.newBuilder(uri("/api/partners/" + reference + "/deals"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)), user);
	}

	HttpResponse<String> certify(String person, String role) {
		return send(HttpRequest.newBuilder(uri("/api/partners/" + partner.getReference() + "/certifications"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"personName\":\"%s\",\"role\":\"%s\",\"certifiedOn\":\"2026-03-25\",\"expiresOn\":\"2028-03-25\"}"
				.formatted(person, role))), "tess");
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), "rita");
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String user) {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
		try {
			return HttpClient.newHttpClient()
				.send(request.header("Authorization", "Basic " + credentials).build(),
						HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
