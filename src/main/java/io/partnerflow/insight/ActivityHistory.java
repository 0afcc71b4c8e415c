package io.partnerflow.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine's history says about each element of one process definition (one version of a
 * model): how many partners passed there, how many ended there, and the average time an instance
 * of it lasted. One aggregate query over {@code ACT_HI_ACTINST}; Camunda has no endpoint for the
 * durations.
 */
@Component
class ActivityHistory {

	/** Camunda's suffix for the activity that wraps the instances of a multi-instance task. */
	static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

	/**
	 * Per activity: distinct process instances that reached it; those whose process completed
	 * there (its END_ACT_ID_: an end event on a path that merely ends, such as a reminder's, is
	 * not where a partner left); the mean duration of its finished instances (DURATION_ is null
	 * while one runs).
	 */
	private static final String FIGURES = """
			select A.ACT_ID_,
			       count(distinct A.PROC_INST_ID_) as PASSED,
			       count(distinct case when P.STATE_ = 'COMPLETED' and P.END_ACT_ID_ = A.ACT_ID_
			                           then A.PROC_INST_ID_ end) as ENDED,
			       avg(A.DURATION_) as AVERAGE_DURATION
			from ACT_HI_ACTINST A
			join ACT_HI_PROCINST P on P.PROC_INST_ID_ = A.PROC_INST_ID_
			where A.PROC_DEF_ID_ = ?
			group by A.ACT_ID_
			""";

	private static final String PARTNERS = "select count(*) from ACT_HI_PROCINST where PROC_DEF_ID_ = ?";

	private final JdbcTemplate jdbc;

	ActivityHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One element of the diagram: partners that passed, partners that ended there, mean duration (null: none finished). */
	record ActivityFigures(String activityId, long passed, long ended, Long averageDurationMillis) {
	}

	/** The history of one process definition: its process instances (partners) and its elements. */
	record DefinitionFigures(String processDefinitionId, long partners, List<ActivityFigures> activities) {
	}

	DefinitionFigures of(String processDefinitionId) {
		Map<String, ActivityFigures> byActivity = new TreeMap<>();
		jdbc.query(FIGURES, row -> {
			BigDecimal average = row.getBigDecimal("AVERAGE_DURATION");
			ActivityFigures figures = new ActivityFigures(row.getString("ACT_ID_"), row.getLong("PASSED"),
					row.getLong("ENDED"),
					average == null ? null : average.setScale(0, RoundingMode.HALF_UP).longValueExact());
			byActivity.put(figures.activityId(), figures);
		}, processDefinitionId);
		Long partners = jdbc.queryForObject(PARTNERS, Long.class, processDefinitionId);
		return new DefinitionFigures(processDefinitionId, partners == null ? 0 : partners, foldMultiInstance(byActivity));
	}

	/**
	 * A multi-instance task appears twice in the history: its body (the whole vote, say) and each
	 * instance (one ballot). The diagram has one element; it shows the body: the partners that
	 * passed and how long the whole step took.
	 */
	private static List<ActivityFigures> foldMultiInstance(Map<String, ActivityFigures> byActivity) {
		Map<String, ActivityFigures> folded = new TreeMap<>();
		byActivity.values().stream().filter(f -> !f.activityId().endsWith(MULTI_INSTANCE_BODY))
			.forEach(f -> folded.put(f.activityId(), f));
		byActivity.values().stream().filter(f -> f.activityId().endsWith(MULTI_INSTANCE_BODY)).forEach(body -> {
			String element = body.activityId().substring(0, body.activityId().length() - MULTI_INSTANCE_BODY.length());
			folded.put(element, new ActivityFigures(element, body.passed(), body.ended(), body.averageDurationMillis()));
		});
		return new ArrayList<>(folded.values());
	}

}
