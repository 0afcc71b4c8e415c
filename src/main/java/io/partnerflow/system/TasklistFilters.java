package io.partnerflow.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import camundajar.impl.com.google.gson.JsonElement;
import camundajar.impl.com.google.gson.JsonObject;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The engine's filter service with a quicker path for the filters Tasklist calls all day ("My
 * tasks", "My group's tasks", a model's tasks). Camunda checks a task query's rights by joining the
 * authorization rows to every task the query matches, with a condition ({@code RESOURCE_ID_ IN
 * (task id, definition key, '*')}) that PostgreSQL can only answer with a nested loop (16 s a call at
 * 10,000 open tasks) and that H2 evaluates again for each task (0.2 s): see README, "Tasklist at
 * volume".
 * <p>
 * Here the page and the count of such a filter are found by the caller's own links to a task, which
 * are exactly what Camunda's rights on a task are written from: a task is readable by the users and
 * groups it is offered to, its assignee and its owner (Camunda writes their rows with the task), and
 * by those who hold {@code READ_TASK} on its model. The page found that way is then read with
 * Camunda's rule for reading a task checked again on each of its tasks, by its own rights
 * ({@link QuickTaskQuery#readable}): a task whose right was taken away is not listed, even while it
 * is still offered. The count is the number of tasks linked that way.
 * <p>
 * The quick path is taken only when the whole query (filter and Tasklist's extension) asks for
 * nothing but what {@link QuickTaskQuery} knows, for an authenticated caller who is not an
 * administrator, while no revoking authorization exists; anything else runs as Camunda runs it.
 */
class TasklistFilters extends FilterServiceImpl {

	/** The filter calls' latency, by call (list, count) and by path (quick, camunda). */
	static final String TIMER = "partnerflow.tasklist.filter";

	private final boolean quickPath;

	private final MeterRegistry meters;

	/**
	 * @param quickPath false: Camunda's own path answers every filter (still timed)
	 * @param meters where each call's duration goes ({@link #TIMER})
	 */
	TasklistFilters(boolean quickPath, MeterRegistry meters) {
		this.quickPath = quickPath;
		this.meters = meters;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult, int maxResults) {
		// one command for the filter, the caller, the page and its checked read: one transaction a call
		return timed("list", quickly -> commandExecutor.execute(context -> {
			Optional<Quick> quick = quick(context, filterId, extendingQuery);
			quickly[0] = quick.isPresent();
			if (quick.isEmpty()) {
				return super.listPage(filterId, extendingQuery, firstResult, maxResults);
			}
			List<String> ids = quick.get().sql().pageIds(context, firstResult, maxResults);
			if (ids.isEmpty()) {
				return List.of();
			}
			return (List<T>) quick.get().sql().readable(context, ids, quick.get().caller());
		}));
	}

	@Override
	public Long count(String filterId, Query<?, ?> extendingQuery) {
		return timed("count", quickly -> commandExecutor.execute(context -> {
			Optional<Quick> quick = quick(context, filterId, extendingQuery);
			quickly[0] = quick.isPresent();
			return quick.map(q -> q.sql().count(context)).orElseGet(() -> super.count(filterId, extendingQuery));
		}));
	}

	/** Runs the call and records how long it took, with the path that answered it. */
	private <R> R timed(String call, Function<boolean[], R> work) {
		boolean[] quickly = { false };
		long start = System.nanoTime();
		try {
			return work.apply(quickly);
		}
		finally {
			Timer.builder(TIMER)
				.description("Tasklist's filter calls (a page of tasks, a count) through the engine's filter service")
				.tag("call", call)
				.tag("path", quickly[0] ? "quick" : "camunda")
				.publishPercentileHistogram()
				.minimumExpectedValue(Duration.ofMillis(1))
				.maximumExpectedValue(Duration.ofSeconds(30))
				.serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100))
				.register(meters)
				.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	/** The merged query's quick form and the caller it answers, when the quick path may answer it. */
	private record Quick(QuickTaskQuery sql, QuickTaskQuery.Caller caller) {
	}

	/** Whether the filter with this extension is answered by the quick path, for the current caller. */
	boolean answersQuickly(String filterId, Query<?, ?> extendingQuery) {
		return commandExecutor.execute(context -> quick(context, filterId, extendingQuery).isPresent());
	}

	private Optional<Quick> quick(CommandContext context, String filterId, Query<?, ?> extendingQuery) {
		if (!quickPath || extendingQuery != null && !(extendingQuery instanceof TaskQuery)) {
			return Optional.empty();
		}
		Optional<QuickTaskQuery.Caller> caller = caller(context);
		if (caller.isEmpty()) {
			return Optional.empty();
		}
		// reading the filter checks the caller's right to it, as the stock path does
		Filter filter = getFilter(filterId);
		if (filter == null || !(filter.getQuery() instanceof TaskQueryImpl)) {
			return Optional.empty();
		}
		Filter merged = extendingQuery == null ? filter : filter.extend(extendingQuery);
		TaskQueryImpl query = (TaskQueryImpl) merged.getQuery();
		return QuickTaskQuery.of(criteria(query), query.getOrderingProperties(), caller.get())
			.map(sql -> new Quick(sql, caller.get()));
	}

	/** The query as Camunda stores filters: only what it asks for, by name. */
	private static Map<String, JsonElement> criteria(TaskQueryImpl query) {
		JsonObject json = new JsonTaskQueryConverter().toJsonObject(query);
		return json.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The caller, when the quick path may answer for it. */
	private static Optional<QuickTaskQuery.Caller> caller(CommandContext context) {
		Authentication authentication = context.getAuthentication();
		if (!context.isAuthorizationCheckEnabled() || authentication == null || authentication.getUserId() == null
				|| context.getAuthorizationManager().isCamundaAdmin(authentication)
				|| (authentication.getTenantIds() != null && !authentication.getTenantIds().isEmpty())
				|| revokesExist(context)) {
			return Optional.empty();
		}
		List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
		return Optional.of(new QuickTaskQuery.Caller(authentication.getUserId(), new ArrayList<>(groups),
				key -> context.getAuthorizationManager().isAuthorized(authentication.getUserId(), groups,
						ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION, key)));
	}

	/**
	 * Whether any revoking authorization exists: then a right written for a task may be taken back
	 * by another row, which only Camunda's own check weighs.
	 */
	private static boolean revokesExist(CommandContext context) {
		String mode = context.getProcessEngineConfiguration().getAuthorizationCheckRevokes();
		if (ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER.equalsIgnoreCase(mode)) {
			return false;
		}
		if (ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS.equalsIgnoreCase(mode)) {
			return true;
		}
		return context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getAuthorizationService()
			.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_REVOKE)
			.count() > 0);
	}

}
