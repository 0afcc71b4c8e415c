package io.partnerflow.monitoring;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The engine's own meters (Camunda's {@code MetricsRegistry}: jobs acquired, executed and failed,
 * activity instances, decisions...) as Micrometer counters, read from the engine's memory at each
 * scrape, never from its meter log. Each Camunda meter {@code a-b-c} is the counter
 * {@code partnerflow.engine.a.b.c} ({@code partnerflow_engine_a_b_c_total} in Prometheus).
 * <p>
 * Camunda's meters count since the engine last wrote them to {@code ACT_RU_METER_LOG} (every 15
 * minutes it takes and clears them), so a Prometheus counter read from them would fall back to zero
 * each time. The engine is given a registry whose meters also keep what was taken: a counter is
 * what was taken plus what is counted since, growing for the life of the node.
 */
@Component
class EngineMeters extends AbstractProcessEnginePlugin implements MeterBinder {

	/** The meters Camunda counts in memory (its {@code initDefaultMetrics}). */
	static final List<String> CAMUNDA_METERS = List.of(Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END,
			Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_ACQUIRED_FAILURE,
			Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.JOB_EXECUTION_REJECTED,
			Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.EXECUTED_DECISION_INSTANCES, Metrics.EXECUTED_DECISION_ELEMENTS);

	private final TotalsRegistry registry = new TotalsRegistry();

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setMetricsRegistry(registry);
	}

	@Override
	public void bindTo(MeterRegistry meters) {
		for (String name : CAMUNDA_METERS) {
			FunctionCounter.builder(micrometerName(name), registry, r -> r.total(name))
				.description("Camunda's meter " + name + " on this node since it started")
				.register(meters);
		}
	}

	static String micrometerName(String camundaMeter) {
		return "partnerflow.engine." + camundaMeter.replace('-', '.');
	}

	/** Camunda's registry, whose meters keep a total across the engine's reports. */
	static class TotalsRegistry extends MetricsRegistry {

		@Override
		public void createMeter(String name) {
			super.createMeter(name);
			dbMeters.put(name, new TotalMeter(name));
		}

		@Override
		public void createDbMeter(String name) {
			dbMeters.put(name, new TotalMeter(name));
		}

		long total(String name) {
			Map<String, Meter> meters = getDbMeters();
			return meters.get(name) instanceof TotalMeter meter ? meter.total() : 0;
		}

	}

	/** A meter that remembers what the engine's reports took from it. */
	static class TotalMeter extends Meter {

		private final AtomicLong taken = new AtomicLong();

		TotalMeter(String name) {
			super(name);
		}

		@Override
		public synchronized long getAndClear() {
			long value = super.getAndClear();
			taken.addAndGet(value);
			return value;
		}

		/** What was counted since the engine started; never less than at an earlier call. */
		synchronized long total() {
			return taken.get() + get();
		}

	}

}
