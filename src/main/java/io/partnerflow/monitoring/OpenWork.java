package io.partnerflow.monitoring;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open tasks and the open incidents of each process (gauges {@code partnerflow.tasks.open} and
 * {@code partnerflow.incidents.open}, tag {@code process}: the model's key), counted by one grouped
 * statement over the engine's tables, read again at most every
 * {@code partnerflow.monitoring.open-work-fresh-for} (15 s): however often and however many scrapers
 * ask, the database answers one statement in that time. The statement's own
 * duration is the timer {@code partnerflow.monitoring.open.work.query}.
 * <p>
 * A process has its gauges from the moment the counts first name it (every deployed model does), and
 * keeps them at zero once it has no open work: the tag's values are the deployed models' keys, which
 * only administrators add.
 */
@Component
class OpenWork implements MeterBinder {

	/**
	 * Every deployed model with 0, its open tasks and its open incidents, by key: one statement, each
	 * part a grouped count over an indexed join (the tasks' and incidents' process definition ids).
	 */
	static final String COUNTS = """
			select 'model' as KIND, KEY_, 0 as N from ACT_RE_PROCDEF group by KEY_
			union all
			select 'task', D.KEY_, count(*) from ACT_RU_TASK T join ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_ group by D.KEY_
			union all
			select 'incident', D.KEY_, count(*) from ACT_RU_INCIDENT I join ACT_RE_PROCDEF D on D.ID_ = I.PROC_DEF_ID_ group by D.KEY_
			""";

	record Counts(Map<String, Long> tasks, Map<String, Long> incidents, long readAt) {
	}

	private static final Logger log = LoggerFactory.getLogger(OpenWork.class);

	private final JdbcTemplate jdbc;

	private final long freshForNanos;

	private final Set<String> registered = ConcurrentHashMap.newKeySet();

	private volatile MeterRegistry meters;

	private volatile Timer query;

	private Counts counts;

	OpenWork(JdbcTemplate jdbc, @Value("${partnerflow.monitoring.open-work-fresh-for}") Duration freshFor) {
		this.jdbc = jdbc;
		this.freshForNanos = freshFor.toNanos();
	}

	@Override
	public void bindTo(MeterRegistry meters) {
		this.query = Timer.builder("partnerflow.monitoring.open.work.query")
			.description("The statement that counts the open tasks and incidents of each process")
			.register(meters);
		this.meters = meters;
		// read at every scrape, it also reads the counts again when they are due: a model deployed since,
		// or every model after a start when the database could not be reached, gets its gauges
		Gauge.builder("partnerflow.monitoring.open.work.age", this, OpenWork::ageSeconds)
			.description("How old the counts of open tasks and incidents are (none while the database cannot be reached)")
			.baseUnit("seconds")
			.register(meters);
	}

	/** How old the counts are, once read again if they were due. */
	private double ageSeconds() {
		long readAt = current().readAt();
		return (System.nanoTime() - readAt) / 1e9;
	}

	/** Once the engine's schema is there: the gauges of every deployed model. */
	@EventListener(ApplicationReadyEvent.class)
	void registerDeployedModels() {
		try {
			current();
		}
		catch (DataAccessException unreachable) {
			// a start never fails for the metrics: the next scrape counts again
			log.warn("The open tasks and incidents cannot be counted now: {}", unreachable.getMessage());
		}
	}

	/** The counts, read again when older than the freshness; one caller reads while the others wait. */
	synchronized Counts current() {
		if (counts == null || System.nanoTime() - counts.readAt() > freshForNanos) {
			counts = read();
			counts.tasks().keySet().forEach(this::register);
			counts.incidents().keySet().forEach(this::register);
		}
		return counts;
	}

	private Counts read() {
		Map<String, Long> tasks = new HashMap<>();
		Map<String, Long> incidents = new HashMap<>();
		Runnable statement = () -> jdbc.query(COUNTS, row -> {
			String kind = row.getString(1);
			String key = row.getString(2);
			long n = row.getLong(3);
			tasks.merge(key, kind.equals("task") ? n : 0, Long::sum);
			incidents.merge(key, kind.equals("incident") ? n : 0, Long::sum);
		});
		if (query == null) {
			statement.run();
		}
		else {
			query.record(statement);
		}
		return new Counts(Map.copyOf(tasks), Map.copyOf(incidents), System.nanoTime());
	}

	private void register(String process) {
		MeterRegistry registry = meters;
		if (registry == null || !registered.add(process)) {
			return;
		}
		Gauge.builder("partnerflow.tasks.open", this, work -> work.current().tasks().getOrDefault(process, 0L))
			.description("Open user tasks of the process (read at most every 15 s)")
			.tag("process", process)
			.strongReference(true)
			.register(registry);
		Gauge.builder("partnerflow.incidents.open", this, work -> work.current().incidents().getOrDefault(process, 0L))
			.description("Open incidents of the process (read at most every 15 s)")
			.tag("process", process)
			.strongReference(true)
			.register(registry);
	}

}
