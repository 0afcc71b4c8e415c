package io.partnerflow.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import camundajar.impl.com.google.gson.JsonArray;
import camundajar.impl.com.google.gson.JsonElement;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * The SQL of a Tasklist filter that asks only for the caller's own tasks, its groups' tasks or a
 * model's tasks, with the caller's rights written as the links they come from (see
 * {@link TasklistFilters}): equalities and {@code EXISTS} probes of a task's links by its id, which
 * both databases answer from their indexes without visiting the authorization rows of every task
 * (PostgreSQL as a hash semi-join; H2 as one index probe a task: an {@code IN} sub-query instead
 * made H2 compare every task with every link). Built only from the criteria it knows;
 * {@link #of} answers empty for any other query, which then runs as Camunda runs it.
 */
final class QuickTaskQuery {

	/** The caller: its id, its groups, and whether it holds READ_TASK on a model (by key). */
	record Caller(String userId, List<String> groups, Predicate<String> readsTasksOf) {
	}

	static final String CURRENT_USER = "${currentUser()}";

	static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";

	/** The task columns Tasklist sorts by, by the name Camunda's query properties give them. */
	private static final Set<String> SORTABLE = Set.of("ID_", "NAME_", "CREATE_TIME_", "DUE_DATE_", "FOLLOW_UP_DATE_",
			"PRIORITY_", "ASSIGNEE_", "DESCRIPTION_", "TASK_DEF_KEY_");

	private static final Set<String> KNOWN = Set.of("taskCandidateGroupInExpression", "includeAssignedTasks",
			"taskAssigneeExpression", "processDefinitionKey", "processDefinitionKeys", "active", "orderingProperties");

	private final String where;

	private final String orderBy;

	private final Map<String, Object> parameters;

	private QuickTaskQuery(String where, String orderBy, Map<String, Object> parameters) {
		this.where = where;
		this.orderBy = orderBy;
		this.parameters = parameters;
	}

	/**
	 * The quick form of a task query, given as Camunda's filter JSON ({@code JsonTaskQueryConverter}),
	 * or empty when the query asks for anything it does not know.
	 */
	static Optional<QuickTaskQuery> of(Map<String, JsonElement> criteria, List<QueryOrderingProperty> orderings,
			Caller caller) {
		Map<String, JsonElement> asked = new LinkedHashMap<>();
		criteria.forEach((name, value) -> {
			if (!isDefault(value)) {
				asked.put(name, value);
			}
		});
		if (!KNOWN.containsAll(asked.keySet())) {
			return Optional.empty();
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>();
		boolean readable = false;
		parameters.put("user", caller.userId());

		if (asked.containsKey("active")) {
			conditions.add("RES.SUSPENSION_STATE_ = 1");
		}
		if (asked.containsKey("taskAssigneeExpression")) {
			if (!CURRENT_USER.equals(text(asked.get("taskAssigneeExpression")))) {
				return Optional.empty();
			}
			conditions.add("RES.ASSIGNEE_ = #{user}");
			readable = true; // the assignee's right is written with the assignment
		}
		if (asked.containsKey("taskCandidateGroupInExpression")) {
			if (!CURRENT_USER_GROUPS.equals(text(asked.get("taskCandidateGroupInExpression"))) || caller.groups().isEmpty()) {
				return Optional.empty();
			}
			conditions.add("exists (select 1 from ACT_RU_IDENTITYLINK C where C.TASK_ID_ = RES.ID_ and C.TYPE_ = 'candidate'"
					+ " and C.GROUP_ID_ in (" + list("g", caller.groups(), parameters) + "))");
			if (!asked.containsKey("includeAssignedTasks")) {
				conditions.add("RES.ASSIGNEE_ is null");
			}
			readable = true; // a candidate group's right is written with the offer
		}
		else if (asked.containsKey("includeAssignedTasks")) {
			return Optional.empty();
		}
		List<String> keys = keys(asked);
		if (!keys.isEmpty()) {
			conditions.add("RES.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ in ("
					+ list("k", keys, parameters) + "))");
		}
		if (!readable) {
			if (keys.isEmpty()) {
				return Optional.empty(); // every model's tasks: not a filter of Tasklist's
			}
			List<String> wholeModels = keys.stream().filter(caller.readsTasksOf()).toList();
			if (wholeModels.size() < keys.size()) {
				List<String> reach = new ArrayList<>();
				if (!wholeModels.isEmpty()) {
					reach.add("RES.PROC_DEF_ID_ in (select R.ID_ from ACT_RE_PROCDEF R where R.KEY_ in ("
							+ list("r", wholeModels, parameters) + "))");
				}
				reach.add("RES.ASSIGNEE_ = #{user}");
				reach.add("RES.OWNER_ = #{user}");
				String groups = caller.groups().isEmpty() ? "" : " or L.GROUP_ID_ in (" + list("l", caller.groups(), parameters) + ")";
				reach.add("exists (select 1 from ACT_RU_IDENTITYLINK L where L.TASK_ID_ = RES.ID_ and L.TYPE_ = 'candidate'"
						+ " and (L.USER_ID_ = #{user}" + groups + "))");
				conditions.add("(" + String.join(" or ", reach) + ")");
			}
		}
		Optional<String> orderBy = orderBy(orderings);
		if (orderBy.isEmpty()) {
			return Optional.empty();
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		return Optional.of(new QuickTaskQuery(where, orderBy.get(), parameters));
	}

	/** The ids of the tasks of the page, in the query's order. */
	List<String> pageIds(CommandContext context, int firstResult, int maxResults) {
		NativeTaskQuery query = context.getProcessEngineConfiguration().getTaskService().createNativeTaskQuery()
			.sql("select RES.* from ACT_RU_TASK RES" + where + " order by " + orderBy);
		parameters.forEach(query::parameter);
		return query.listPage(firstResult, maxResults).stream().map(Task::getId).toList();
	}

	/**
	 * The tasks of the page's ids that the caller may read, in the query's order, checked by the rule
	 * Camunda's task query applies (with no revoking authorization, the only case the quick path
	 * takes): a global or granted authorization, for the user, everyone or one of its groups, with
	 * {@code READ} on the task or on every task, or {@code READ_TASK} on the task's model or on every
	 * model; a case task is readable by all. Camunda's own statement joins the page to every such
	 * authorization with {@code RESOURCE_ID_ IN (task, model, '*')}, which compared each of 15 tasks
	 * with each of the group's 10,000 task rights (PostgreSQL: 14 ms a call); here each task's rights
	 * are probed by its id and its model's key, through the index on the authorization's resource.
	 */
	List<Task> readable(CommandContext context, List<String> ids, Caller caller) {
		Map<String, Object> checked = new LinkedHashMap<>();
		checked.put("user", caller.userId());
		String holders = "(A.USER_ID_ in (#{user}, '*')"
				+ (caller.groups().isEmpty() ? "" : " or A.GROUP_ID_ in (" + list("a", caller.groups(), checked) + ")") + ")";
		String tenant = context.getTenantManager().isTenantCheckEnabled() ? " and RES.TENANT_ID_ is null" : "";
		NativeTaskQuery query = context.getProcessEngineConfiguration().getTaskService().createNativeTaskQuery()
			.sql("select RES.* from ACT_RU_TASK RES where RES.ID_ in (" + list("t", ids, checked) + ")" + tenant
					+ " and (RES.CASE_EXECUTION_ID_ is not null"
					+ " or exists (select 1 from ACT_RU_AUTHORIZATION A where A.TYPE_ < 2 and " + holders
					+ " and A.RESOURCE_TYPE_ = " + Resources.TASK.resourceType() + " and A.RESOURCE_ID_ in (RES.ID_, '*')"
					+ " and " + holds(Permissions.READ) + ")"
					+ " or exists (select 1 from ACT_RU_AUTHORIZATION A, ACT_RE_PROCDEF D where D.ID_ = RES.PROC_DEF_ID_"
					+ " and A.TYPE_ < 2 and " + holders + " and A.RESOURCE_TYPE_ = " + Resources.PROCESS_DEFINITION.resourceType()
					+ " and A.RESOURCE_ID_ in (D.KEY_, '*') and " + holds(ProcessDefinitionPermissions.READ_TASK) + "))"
					+ " order by " + orderBy);
		checked.forEach(query::parameter);
		return query.list();
	}

	/** An authorization row's permissions hold this one (a single bit): written so H2 and PostgreSQL both read it. */
	private static String holds(Permission permission) {
		return "mod(A.PERMS_ / " + permission.getValue() + ", 2) = 1";
	}

	long count(CommandContext context) {
		NativeTaskQuery query = context.getProcessEngineConfiguration().getTaskService().createNativeTaskQuery()
			.sql("select count(*) from ACT_RU_TASK RES" + where);
		parameters.forEach(query::parameter);
		return query.count();
	}

	private static Optional<String> orderBy(List<QueryOrderingProperty> orderings) {
		List<String> columns = new ArrayList<>();
		for (QueryOrderingProperty ordering : orderings) {
			String column = ordering.getQueryProperty().getName();
			if (ordering.getRelation() != null || !SORTABLE.contains(column) || ordering.getDirection() == null) {
				return Optional.empty();
			}
			columns.add("RES." + column + ("desc".equals(ordering.getDirection().getName()) ? " desc" : " asc"));
		}
		columns.add("RES.ID_ asc"); // the same page for the same data, whatever the ties
		return Optional.of(String.join(", ", columns));
	}

	private static List<String> keys(Map<String, JsonElement> asked) {
		List<String> keys = new ArrayList<>();
		if (asked.containsKey("processDefinitionKey")) {
			keys.add(text(asked.get("processDefinitionKey")));
		}
		if (asked.containsKey("processDefinitionKeys")) {
			asked.get("processDefinitionKeys").getAsJsonArray().forEach(key -> keys.add(key.getAsString()));
		}
		return keys;
	}

	private static String list(String prefix, List<String> values, Map<String, Object> parameters) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			parameters.put(prefix + i, values.get(i));
			names.add("#{" + prefix + i + "}");
		}
		return String.join(", ", names);
	}

	private static String text(JsonElement value) {
		return value.isJsonPrimitive() ? value.getAsString() : null;
	}

	/** What the converter writes for a criterion nobody asked for: false, or an empty list. */
	private static boolean isDefault(JsonElement value) {
		if (value == null || value.isJsonNull()) {
			return true;
		}
		if (value.isJsonArray()) {
			return ((JsonArray) value).isEmpty();
		}
		return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && !value.getAsBoolean();
	}

}
