package io.partnerflow.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.partnerflow.committee.ApplicationFileView;
import io.partnerflow.committee.CommitteeApplicationFile;
import io.partnerflow.committee.CommitteeTally;
import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.insight.KpiReportSettings;
import io.partnerflow.onboarding.OnboardingCalendar;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.onboarding.StartOnboardingPlanDelegate;
import io.partnerflow.recruitmentplan.PlanCalendar;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.recruitment.RecruitmentSettings;
import io.partnerflow.tier.TierReviewSettings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidator;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorContext;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The engine floor of the lifecycle benchmark: a Camunda engine with none of PartnerFlow's code,
 * configured as Camunda's Spring Boot starter configures it by default (history full, strong UUIDs,
 * Spin), on its own H2 file database, running PartnerFlow's own models and forms. The beans the
 * models name are no-ops: none keeps partner state, sends mail or checks input. Where a model reads
 * a variable that one of PartnerFlow's delegates sets (a gateway's condition, a timer's date, the
 * committee's members), the no-op sets that variable, and nothing else, so that both engines walk the
 * same path. The engine's own helpers the models call (the committee's tally, the onboarding
 * calendar, the recruitment delays) are PartnerFlow's: they only read variables; so is what shows
 * the committee the application file, given one fixed file, so that both engines write the same
 * variables for its ballots and invitations.
 */
final class BareEngine {

	/** The ballots of the running votes, as PartnerFlow keeps them outside the engine: member to choice. */
	private static final Map<String, Map<String, String>> BALLOTS = new ConcurrentHashMap<>();

	/** The committee of the benchmark: five members, as PartnerFlow's committee of the benchmark. */
	static final List<String> COMMITTEE = List.of("claire", "carl", "cora", "colette", "cyril");

	/** The recruiter of every partner of the benchmark. */
	static final String RECRUITER = "rita";

	private BareEngine() {
	}

	static ProcessEngine start(Path database) throws IOException {
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName("bare");
		configuration.setJdbcUrl("jdbc:h2:file:" + database.toAbsolutePath());
		configuration.setJdbcUsername("sa");
		configuration.setJdbcPassword("");
		configuration.setDatabaseSchemaUpdate("true");
		configuration.setHistory("full");
		configuration.setJobExecutorActivate(false);
		configuration.setIdGenerator(new StrongUuidGenerator());
		configuration.setJdbcMaxActiveConnections(10);
		configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
		configuration.setBeans(beans());
		ProcessEngine engine = configuration.buildProcessEngine();
		DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("partnerflow-models");
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (String pattern : List.of("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:forms/**/*.form")) {
			for (Resource model : resolver.getResources(pattern)) {
				deployment.addInputStream(model.getFilename(), model.getInputStream());
			}
		}
		deployment.deploy();
		return engine;
	}

	private static Map<Object, Object> beans() {
		Map<Object, Object> beans = new HashMap<>();
		NoOp noOp = new NoOp();
		for (String name : List.of("registerCandidateDelegate", "changePartnerStatusDelegate", "sendNotificationDelegate",
				"saveApplicationFileDelegate", "recordPlanActionListener",
				"showPlanFactsListener", "candidateFiguresListener", "activatePartnerDelegate", "openRecruitmentPlanDelegate",
				"showPlanListener", "recordPlanStepListener", "showPlanProgressListener", "recordValuePropositionListener")) {
			beans.put(name, noOp);
		}
		beans.put("committeeTally", new CommitteeTally(id -> BALLOTS.getOrDefault(id, Map.of())));
		// every partner's file, as the application_file table would give it
		ApplicationFileView file = new ApplicationFileView("Our customers ask for the offer",
				"Six sales people, four technicians", "Our installed base", "Bundle the offer with our services",
				"A leader of its market in its region", "About 1 MEUR in three years");
		beans.put("committeeApplicationFile", new CommitteeApplicationFile(reference -> Optional.of(file)));
		beans.put("onboardingCalendar", OnboardingCalendar.withDefaults());
		beans.put("recruitmentSettings", new RecruitmentSettings(14, 14, 45, 30));
		beans.put("partnerTierInputs", new TierInputs());
		beans.put("onboardingPlanSteps", new PlanSteps());
		// the lifecycle's day-100 review finds every partner autonomous on both counts (LifecycleDriver), as
		// PartnerFlow's record of it then says: no recurring review follows on either side
		beans.put("autonomyReviews", new Autonomy());
		beans.put("scheduleAutonomyReviewsDelegate", noOp);
		beans.put("startOnboardingPlanDelegate", new StartOnboardingPlanDelegate());
		// the monthly KPI report's timer, as PartnerFlow's default sets it (its mail step is a no-op here)
		beans.put("kpiReportSettings", new KpiReportSettings("0 0 7 1 * ?"));
		// the recruitment plan's monthly review (no plan is opened by the benchmark)
		beans.put("planCalendar", new PlanCalendar(new io.partnerflow.system.EngineClock()));
		// the tier review's schedule as PartnerFlow's default sets it, its figures those of the plan's decision,
		// its record the plan's (below); the schedule finds no partner in the network of the bare engine
		beans.put("tierReviewSettings", new TierReviewSettings("0 0 6 1 1,4,7,10 ?", 200));
		beans.put("tierFigures", beans.get("partnerTierInputs"));
		beans.put("startTierReviewsDelegate", (JavaDelegate) execution -> execution.setVariable("morePartners", false));
		beans.put("checkSelectionCriteriaDelegate", (JavaDelegate) execution -> {
			execution.setVariable(RecruitmentProcess.ELIGIBLE, true);
			execution.setVariable(RecruitmentProcess.SELECTION_SCORE, 80);
		});
		beans.put("conveneCommitteeDelegate", (JavaDelegate) BareEngine::convene);
		beans.put("recordVoteListener", (TaskListener) BareEngine::recordVote);
		beans.put("countVotesDelegate", (JavaDelegate) BareEngine::countVotes);
		beans.put("recordOutcomeDelegate", (JavaDelegate) execution -> {
			Object result = execution.getVariable(CommitteeVoteProcess.VOTE_RESULT);
			execution.setVariable(CommitteeVoteProcess.COMMITTEE_OUTCOME,
					CommitteeVoteProcess.APPROVED.equals(result) || CommitteeVoteProcess.REJECTED.equals(result) ? result
							: execution.getVariable(CommitteeVoteProcess.CHAIR_DECISION));
		});
		beans.put("recordContractSignatureDelegate", (JavaDelegate) execution -> execution.setVariable(
				RecruitmentProcess.CONTRACT_SIGNED_AT, Date.from(LocalDate
					.parse(String.valueOf(execution.getVariable(RecruitmentProcess.CONTRACT_SIGNED_ON)))
					.atStartOfDay(ZoneOffset.UTC)
					.toInstant())));
		beans.put("openOnboardingPlanDelegate", (JavaDelegate) execution -> {
			// the plan's tasks go to the partner's recruiter; the plan waits for its first deal
			execution.setVariable(OnboardingProcess.VAR_RECRUITER, RECRUITER);
			execution.setVariable(OnboardingProcess.VAR_FIRST_DEAL_SIGNED, false);
		});
		// the tier each partner has, kept outside the engine as PartnerFlow keeps it on the partner
		Map<String, String> tiers = new ConcurrentHashMap<>();
		beans.put("recordPartnerTierDelegate", (JavaDelegate) execution -> {
			String tier = (String) execution.getVariable(OnboardingProcess.VAR_NEW_TIER);
			String before = tier == null ? null : tiers.put(execution.getProcessBusinessKey(), tier);
			execution.setVariable(OnboardingProcess.VAR_TIER_CHANGED, tier != null && !tier.equals(before));
		});
		beans.put("recordTierReviewDelegate", beans.get("recordPartnerTierDelegate"));
		return beans;
	}

	/** The members and the vote's dates and rules, as PartnerFlow's committee settings give them by default. */
	private static void convene(DelegateExecution execution) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		execution.setVariable(CommitteeVoteProcess.COMMITTEE_MEMBERS, Variables.objectValue(COMMITTEE)
			.serializationDataFormat(Variables.SerializationDataFormats.JSON)
			.create());
		execution.setVariable(CommitteeVoteProcess.REMINDER_DATE, Date.from(now.plus(Duration.ofDays(3))));
		execution.setVariable(CommitteeVoteProcess.VOTE_DEADLINE, Date.from(now.plus(Duration.ofDays(7))));
		execution.setVariable(CommitteeVoteProcess.QUORUM, 0.5);
		execution.setVariable(CommitteeVoteProcess.MAJORITY, 0.5);
	}

	/** The member's vote where the committee's tally reads it. */
	private static void recordVote(DelegateTask task) {
		String member = (String) task.getVariable(CommitteeVoteProcess.MEMBER);
		BALLOTS.computeIfAbsent(task.getProcessInstanceId(), id -> new ConcurrentHashMap<>())
			.put(member, String.valueOf(task.getVariable(CommitteeVoteProcess.VOTE)));
	}

	/** Approved when more than half of the members approve, else a rejection. */
	@SuppressWarnings("unchecked")
	private static void countVotes(DelegateExecution execution) {
		List<String> members = (List<String>) execution.getVariable(CommitteeVoteProcess.COMMITTEE_MEMBERS);
		Map<String, String> ballots = BALLOTS.getOrDefault(execution.getProcessInstanceId(), Map.of());
		BALLOTS.remove(execution.getProcessInstanceId());
		long approvals = members.stream().filter(member -> "APPROVE".equals(ballots.get(member))).count();
		execution.setVariable(CommitteeVoteProcess.VOTE_RESULT,
				approvals * 2 > members.size() ? CommitteeVoteProcess.APPROVED : CommitteeVoteProcess.REJECTED);
	}

	/**
	 * The no-op for every bean whose work the models do not read: it takes the fields the models
	 * inject (templates, recipients, statuses) and does nothing with them.
	 */
	public static final class NoOp implements JavaDelegate, TaskListener, FormFieldValidator {

		public Expression template;

		public Expression partner;

		public Expression recruiter;

		public Expression groupManagers;

		public Expression groupMarketing;

		public Expression groupTraining;

		public Expression groupLegal;

		public Expression groupSales;

		public Expression user;

		public Expression key;

		public Expression status;

		public Expression why;

		public Expression decidedIn;

		@Override
		public void execute(DelegateExecution execution) {
		}

		@Override
		public void notify(DelegateTask task) {
		}

		@Override
		public boolean validate(Object submittedValue, FormFieldValidatorContext validatorContext) {
			return true;
		}

	}

	/** The partner-tier decision's inputs: the figures of a partner with no revenue and nobody certified yet. */
	/**
	 * The plan decision's inputs and the steps of each plan, as PartnerFlow reads them from its records
	 * for the benchmark's partners (resellers of 2.5 MEUR a year under a resale contract: the standard
	 * plan, technical training and no integration milestone or CEO meeting).
	 */
	public static final class Autonomy {

		public boolean reached(String reference) {
			return true;
		}

	}

	public static final class PlanSteps {

		static final Set<String> STANDARD = Set.of("train-sales-people", "train-technicians", "sign-business-plan",
				"run-lead-campaign", "support-first-visits", "review-autonomy");

		public String contractType(DelegateExecution execution) {
			Object type = execution.getVariable(OnboardingProcess.VAR_CONTRACT_TYPE);
			return type == null ? null : type.toString();
		}

		public String category(String reference) {
			return "RESELLER";
		}

		public long annualRevenue(String reference) {
			return 2_500_000;
		}

		public boolean includes(String reference, String step) {
			return STANDARD.contains(step);
		}

	}

	public static final class TierInputs {

		public int certifiedSalesPeople(String reference) {
			return 0;
		}

		public int certifiedTechnicians(String reference) {
			return 0;
		}

		public long yearlyRevenue(String reference) {
			return 0;
		}

	}

}
