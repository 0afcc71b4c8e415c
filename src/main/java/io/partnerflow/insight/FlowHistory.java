package io.partnerflow.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.insight.ModelOutline.Count;
import io.partnerflow.insight.ModelOutline.Flow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many partners took each outgoing flow of a branching gateway, in a {@link HeatScope}.
 * Camunda's history has no table of the sequence flows taken (only with a custom history event
 * handler), so it is derived from the activity instances that followed ({@link ModelOutline.Count}):
 * <ul>
 * <li>a flow whose target T is reached through it only: the partners in whose process a passage of
 * T began at or after a passage of the gateway G that began in the window. Should the events after
 * an event-based gateway be entered together, all but the one that fires are cancelled, so there T
 * must have finished without being cancelled ({@code ACT_INST_STATE_} 2);</li>
 * <li>the one flow of a gateway whose target is a join also reached by other paths: the partners
 * that passed G less those of its other flows;</li>
 * <li>a flow of a parallel gateway: every partner that passed G.</li>
 * </ul>
 * One aggregate query over {@code ACT_HI_ACTINST} for all the flows of the diagram; the partners
 * that passed each gateway come from {@link ActivityHistory}'s.
 */
@Component
class FlowHistory {

	private static final String TAKEN = """
			select G.ACT_ID_ as GATEWAY, T.ACT_ID_ as TARGET, count(distinct T.PROC_INST_ID_) as TAKEN
			from ACT_HI_ACTINST G
			join ACT_HI_ACTINST T on T.PROC_INST_ID_ = G.PROC_INST_ID_ and T.START_TIME_ >= G.START_TIME_
			                     and T.ID_ <> G.ID_
			where G.%s = ? and G.START_TIME_ >= ? and G.START_TIME_ < ?
			  and G.ACT_ID_ in (%s) and T.ACT_ID_ in (%s)
			  and (G.ACT_TYPE_ <> 'eventBasedGateway'
			       or (T.END_TIME_ is not null and coalesce(T.ACT_INST_STATE_, 0) <> 2))
			group by G.ACT_ID_, T.ACT_ID_
			""";

	private final JdbcTemplate jdbc;

	FlowHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One outgoing flow of a gateway and the partners that took it. */
	record FlowFigures(String flowId, String gatewayId, String targetId, long taken) {
	}

	/** {@code passed}: the partners that passed each gateway in the scope. */
	List<FlowFigures> of(HeatScope scope, String definition, List<Flow> flows, Map<String, Long> passed) {
		Map<String, Long> followed = followed(scope, definition,
				flows.stream().filter(flow -> flow.count() == Count.FOLLOWED).toList());
		Map<String, Long> others = new HashMap<>();
		flows.stream()
			.filter(flow -> flow.count() == Count.FOLLOWED)
			.forEach(flow -> others.merge(flow.gatewayId(), followed.getOrDefault(pair(flow), 0L), Long::sum));
		return flows.stream().map(flow -> {
			long gateway = passed.getOrDefault(flow.gatewayId(), 0L);
			long taken = switch (flow.count()) {
				case FOLLOWED -> followed.getOrDefault(pair(flow), 0L);
				case REMAINDER -> Math.max(0, gateway - others.getOrDefault(flow.gatewayId(), 0L));
				case ALL -> gateway;
			};
			return new FlowFigures(flow.flowId(), flow.gatewayId(), flow.targetId(), taken);
		}).toList();
	}

	/** Per gateway and target (see {@link #pair}), the partners that reached the target after the gateway. */
	private Map<String, Long> followed(HeatScope scope, String definition, List<Flow> flows) {
		Map<String, Long> taken = new HashMap<>();
		if (flows.isEmpty()) {
			return taken;
		}
		List<String> gateways = flows.stream().map(Flow::gatewayId).distinct().toList();
		List<String> targets = flows.stream().map(Flow::targetId).distinct().toList();
		List<Object> parameters = new ArrayList<>(List.of(definition, scope.start(), scope.end()));
		parameters.addAll(gateways);
		parameters.addAll(targets);
		jdbc.query(TAKEN.formatted(scope.definitionColumn(), placeholders(gateways.size()), placeholders(targets.size())),
				row -> {
					taken.put(row.getString("GATEWAY") + ">" + row.getString("TARGET"), row.getLong("TAKEN"));
				}, parameters.toArray());
		return taken;
	}

	private static String pair(Flow flow) {
		return flow.gatewayId() + ">" + flow.targetId();
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

}
