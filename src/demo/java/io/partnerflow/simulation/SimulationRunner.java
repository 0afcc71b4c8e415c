package io.partnerflow.simulation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Fills the database with a simulated history when {@code partnerflow.simulation.partners} is above
 * zero: the demo's first start, or a run asked for on the command line. It runs after the demo
 * users exist and before the application reports ready, which is also before the job executor starts
 * (the Camunda starter starts it when the application is ready), so the simulator alone moves the
 * engine's clock and runs the jobs.
 */
@Component
@Order(100)
@EnableConfigurationProperties(SimulationSettings.class)
class SimulationRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);

	private final SimulationSettings settings;

	/** Watches the heap from the application's start, so the simulation's summary can tell its peak. */
	private final HeapPeak heap = new HeapPeak();

	private final LifecycleSimulator simulator;

	private final JdbcTemplate jdbc;

	private final ConfigurableApplicationContext context;

	private final LoggingSystem logging;

	/** Loggers that tell of each partner, mail and job: thousands of lines in a simulation. */
	private static final List<String> NOISY = List.of("io.partnerflow.partner", "io.partnerflow.notification",
			"io.partnerflow.committee", "io.partnerflow.recruitment", "io.partnerflow.onboarding",
			"io.partnerflow.exitreview", "com.icegreen.greenmail");

	SimulationRunner(SimulationSettings settings, LifecycleSimulator simulator, JdbcTemplate jdbc,
			ConfigurableApplicationContext context, LoggingSystem logging) {
		this.settings = settings;
		this.logging = logging;
		this.simulator = simulator;
		this.jdbc = jdbc;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (settings.partners() == 0) {
			return;
		}
		Long existing = jdbc.queryForObject("select count(*) from partner", Long.class);
		if (settings.onlyIntoEmptyDatabase() && existing != null && existing > 0) {
			log.info("Simulation skipped: the database already holds {} partners "
					+ "(set partnerflow.simulation.only-into-empty-database=false to add more)", existing);
		}
		else {
			log.info("Simulating {} partners over {} days from seed {}; the application is ready when it ends "
					+ "(the simulated partners' own log lines are left out)", settings.partners(), settings.days(),
					settings.seed());
			Map<String, LogLevel> before = quiet(NOISY);
			try {
				summarise(simulator.run(settings, Duration.ofSeconds(5), this::report));
			}
			finally {
				before.forEach(logging::setLogLevel);
			}
		}
		if (settings.exitWhenDone()) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

	/** Turns these loggers down to warnings; returns their levels to put back. */
	private Map<String, LogLevel> quiet(List<String> loggers) {
		Map<String, LogLevel> before = new LinkedHashMap<>();
		for (String name : loggers) {
			LoggerConfiguration configuration = logging.getLoggerConfiguration(name);
			before.put(name, configuration == null ? null : configuration.getConfiguredLevel());
			logging.setLogLevel(name, LogLevel.WARN);
		}
		return before;
	}

	private void report(LifecycleSimulator.Progress p) {
		log.info("Simulation: day {}/{}, {}/{} partners listed, {} lifecycles ended, {} s elapsed, {} partners/s, "
				+ "peak heap used: {} MiB", p.simulatedDay(), p.days(), p.listed(), p.partners(), p.lifecyclesEnded(),
				p.elapsed().toSeconds(), "%.1f".formatted(p.partnersPerSecond()), heap.mebibytes());
	}

	private void summarise(LifecycleSimulator.Progress p) {
		Map<String, Long> statuses = new TreeMap<>();
		jdbc.query("select status, count(*) from partner group by status",
				(RowCallbackHandler) row -> statuses.put(row.getString(1), row.getLong(2)));
		Long mails = jdbc.queryForObject("select count(*) from notification", Long.class);
		Long openTasks = jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
		log.info("""
				Simulation done: {} partners in {} s ({} partners/s), seed {}
				  partners by status: {}
				  lifecycles ended: {}, tasks completed: {}, jobs executed: {}, job failures: {}, forms refused: {}, \
				candidates listed before: {}
				  open tasks: {}, mails sent: {}, peak heap used: {} MiB""", p.listed(), p.elapsed().toSeconds(),
				"%.1f".formatted(p.partnersPerSecond()), settings.seed(), statuses, p.lifecyclesEnded(), p.tasksCompleted(),
				p.jobsExecuted(), p.jobFailures(), p.answersRefused(), p.alreadyListed(), openTasks, mails, heap.mebibytes());
	}

}
