package io.partnerflow.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerflow.PartnerFlowApplication;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.deals.DealService;
import io.partnerflow.onboarding.FirstDealSignal;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.recruitment.Recruitments;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.TestUsers;
import io.partnerflow.system.Groups;
import io.partnerflow.tier.TierReviewProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1. Lifecycle throughput against the engine floor: the same number of partners taken through the
 * whole lifecycle (recruitment, a committee of five, contract, the 100-day plan, first deal) by
 * PartnerFlow as it ships (its delegates, JPA, mail to its SMTP catcher, history full, authorization
 * on, each form submitted as the person whose task it is) and by a bare Camunda engine running the
 * same models with no-op delegates ({@link BareEngine}), both on an H2 file database in this JVM,
 * driven alike by {@link LifecycleDriver}. Each engine first runs a warm-up batch. Target: PartnerFlow's
 * rate at least 0.8 of the bare engine's.
 */
class LifecycleBench {

	static final int PARTNERS = Integer.getInteger("bench.lifecycle.partners", 500);

	static final int WARM_UP = Integer.getInteger("bench.lifecycle.warm-up", 100);

	/** Jobs and forms at once: as many as the job executor's threads by default (its core pool). */
	static final int THREADS = Integer.getInteger("bench.lifecycle.threads", 3);

	/** Who does the tasks of a group, among the demo users. */
	static final Map<String, String> USER_OF_TASK = Map.of(RecruitmentProcess.SIGN_CONTRACT, "luc",
			OnboardingProcess.TRAIN_SALES_PEOPLE, "tess", OnboardingProcess.TRAIN_TECHNICIANS, "tess",
			OnboardingProcess.RUN_LEAD_CAMPAIGN, "mark", OnboardingProcess.SUPPORT_FIRST_VISITS, "raoul");

	@TempDir
	Path databases;

	@Test
	void partnerFlowTakesPartnersThroughTheirLifecycleAtEightTenthsOfTheBareEngine() throws Exception {
		ConfigurableApplicationContext partnerflow = new SpringApplicationBuilder(PartnerFlowApplication.class)
			.profiles("demo")
			.run("--spring.datasource.url=jdbc:h2:file:" + databases.resolve("partnerflow").toAbsolutePath(),
					"--partnerflow.simulation.partners=0", "--partnerflow.mail-catcher.port=0",
					// every mail of the run kept, so that the count printed is all of them (the demo keeps 500)
					"--partnerflow.mail-catcher.max-mails=100000",
					"--camunda.bpm.job-execution.enabled=false", "--server.port=0", "--spring.main.banner-mode=off",
					"--logging.file.name=target/bench/lifecycle.log", "--logging.threshold.console=off");
		ProcessEngine bare = BareEngine.start(databases.resolve("bare"));
		try (LifecycleDriver partnerflowDriver = new LifecycleDriver(new PartnerFlowSide(partnerflow), THREADS);
				LifecycleDriver bareDriver = new LifecycleDriver(new BareSide(bare), THREADS)) {
			Instant warmUp = Instant.parse("2026-01-05T09:00:00Z");
			Instant measured = Instant.parse("2026-09-07T09:00:00Z");
			bareDriver.run(WARM_UP, warmUp);
			partnerflowDriver.run(WARM_UP, warmUp);
			LifecycleDriver.Run floor = bareDriver.run(PARTNERS, measured);
			LifecycleDriver.Run ours = partnerflowDriver.run(PARTNERS, measured);
			ClockUtil.reset();

			assertThat(ours.active()).as("partners active at the end, PartnerFlow").isEqualTo(PARTNERS);
			assertThat(floor.active()).as("partners active at the end, bare engine").isEqualTo(PARTNERS);
			assertThat(LifecycleDriver.pathDifferences(partnerflow.getBean(ProcessEngine.class), bare))
				.as("activities both engines did a different number of times (PartnerFlow, bare)")
				.isEmpty();
			// the node's own counters (README, "Monitoring"), as /actuator/prometheus gives them
			MeterRegistry meters = partnerflow.getBean(MeterRegistry.class);
			double mails = meters.find("partnerflow.mails.sent").counters().stream().mapToDouble(Counter::count).sum();
			double refused = meters.find("partnerflow.mails.failed").counters().stream().mapToDouble(Counter::count).sum();
			int caught = partnerflow.getBean(MailCatcher.class).mails().size();

			String path = "%d partners each; %d tasks, %d jobs, %d activities per partner; %d workers; after %d warm-up partners"
				.formatted(PARTNERS, ours.tasks() / PARTNERS, ours.jobs() / PARTNERS, ours.activities() / PARTNERS,
						THREADS, WARM_UP);
			BenchResults.record("E. Lifecycle throughput against the bare engine", List.of(
					Figure.of("PartnerFlow", ours.partnersPerSecond(), "partners/s", null,
							("%.1f s, %.1f s of processor time (%.1f ms a partner); %.0f mails sent in all"
									+ " (partnerflow_mails_sent_total), %.0f attempts refused, %d caught")
								.formatted(ours.seconds(), ours.cpuSeconds(), ours.cpuSeconds() * 1000 / PARTNERS, mails,
										refused, caught)),
					Figure.of("Bare engine, same models, no-op delegates", floor.partnersPerSecond(), "partners/s", null,
							"%.1f s, %.1f s of processor time (%.1f ms a partner)".formatted(floor.seconds(),
									floor.cpuSeconds(), floor.cpuSeconds() * 1000 / PARTNERS)),
					Figure.of("PartnerFlow / bare engine", ours.partnersPerSecond() / floor.partnersPerSecond(), "x",
							Figure.Target.atLeast(0.8), path),
					Figure.of("Processor time a partner, bare engine / PartnerFlow", floor.cpuSeconds() / ours.cpuSeconds(),
							"x", null, "the share of PartnerFlow's work the engine alone would do; the rest is PartnerFlow's")));
		}
		finally {
			bare.close();
			partnerflow.close();
			ClockUtil.reset();
		}
	}

	/** PartnerFlow as its users drive it: its services, and forms submitted under their names. */
	static final class PartnerFlowSide implements LifecycleDriver.Side {

		private final ProcessEngine engine;

		private final Recruitments recruitments;

		private final DealService deals;

		private final IdentityService identity;

		private final Map<String, List<String>> groupsOfUser = new HashMap<>();

		PartnerFlowSide(ConfigurableApplicationContext context) {
			this.engine = context.getBean(ProcessEngine.class);
			this.recruitments = context.getBean(Recruitments.class);
			this.deals = context.getBean(DealService.class);
			this.identity = engine.getIdentityService();
			// a committee of five: the demo's three and two more
			BareEngine.COMMITTEE.forEach(member -> TestUsers.member(identity, member, Groups.COMMITTEE));
			for (User user : identity.createUserQuery().list()) {
				groupsOfUser.put(user.getId(),
						identity.createGroupQuery().groupMember(user.getId()).list().stream().map(Group::getId).toList());
			}
		}

		@Override
		public ProcessEngine engine() {
			return engine;
		}

		@Override
		public String list(int number) {
			return recruitments.start(TestPartners.candidate("Lifecycle " + number), BareEngine.RECRUITER).getReference();
		}

		@Override
		public void firstDeal(String reference, LocalDate signedOn) {
			deals.record(reference, "First customer", BigDecimal.valueOf(42_000), signedOn, BareEngine.RECRUITER);
		}

		@Override
		public void submit(Task task, Map<String, Object> form) {
			String user = task.getAssignee() != null ? task.getAssignee() : USER_OF_TASK.get(task.getTaskDefinitionKey());
			identity.setAuthentication(user, groupsOfUser.get(user));
			try {
				engine.getFormService().submitTaskForm(task.getId(), form);
			}
			finally {
				identity.clearAuthentication();
			}
		}

	}

	/** The bare engine driven through its API: the same starts, deal messages and forms. */
	static final class BareSide implements LifecycleDriver.Side {

		private static final AtomicInteger references = new AtomicInteger();

		private final ProcessEngine engine;

		private final FirstDealSignal deals;

		BareSide(ProcessEngine engine) {
			this.engine = engine;
			this.deals = new FirstDealSignal(engine.getRuntimeService());
		}

		@Override
		public ProcessEngine engine() {
			return engine;
		}

		@Override
		public String list(int number) {
			String reference = "P-" + references.incrementAndGet();
			engine.getRuntimeService().startProcessInstanceByKey(RecruitmentProcess.KEY, reference,
					Map.of(RecruitmentProcess.RECRUITER, BareEngine.RECRUITER));
			return reference;
		}

		@Override
		public void firstDeal(String reference, LocalDate signedOn) {
			deals.firstDealWon(reference);
			// as PartnerFlow reviews the tier of a partner that won a deal (WonDealTierReview)
			engine.getRuntimeService().startProcessInstanceByMessage(TierReviewProcess.MESSAGE_DEAL_WON, reference,
					Map.of(TierReviewProcess.VAR_OCCASION, TierReviewProcess.OCCASION_DEAL_WON));
		}

		@Override
		public void submit(Task task, Map<String, Object> form) {
			engine.getFormService().submitTaskForm(task.getId(), form);
		}

	}

}
