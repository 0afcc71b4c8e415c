package io.partnerflow.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine's history says about each element of a model, in a {@link HeatScope} (a window of
 * days, one version or all): how many partners passed there, how many ended there, how many wait
 * there now, and the mean, median and total time its passages lasted. One aggregate query over
 * {@code ACT_HI_ACTINST} for all the elements; Camunda has no endpoint for the durations.
 */
@Component
class ActivityHistory {

	/** Camunda's suffix for the activity that wraps the instances of a multi-instance task. */
	static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

	/**
	 * The passages of the scope: those that began in the window (IN_WINDOW = 1), and those under way now whatever
	 * their start (where partners wait now is not a matter of the window). Parameters: window start and end, the
	 * definition, window start and end.
	 */
	private static final String PASSAGES = """
			(select A.ACT_ID_, A.PROC_INST_ID_, A.DURATION_, P.STATE_, P.END_ACT_ID_,
			        case when A.END_TIME_ is null and P.END_TIME_ is null then 1 else 0 end as WAITING,
			        case when A.START_TIME_ >= ? and A.START_TIME_ < ? then 1 else 0 end as IN_WINDOW
			 from ACT_HI_ACTINST A
			 join ACT_HI_PROCINST P on P.PROC_INST_ID_ = A.PROC_INST_ID_
			 where A.%s = ? and ((A.START_TIME_ >= ? and A.START_TIME_ < ?) or A.END_TIME_ is null)) H
			""";

	/**
	 * Per activity: distinct process instances that reached it in the window; those whose process completed there
	 * (its END_ACT_ID_: an end event on a path that merely ends, such as a reminder's, is not where a partner left);
	 * those waiting there now; mean, median and total duration of its finished passages (DURATION_ is null while one
	 * runs). percentile_cont is standard SQL, in PostgreSQL and H2 alike.
	 */
	private static final String FIGURES = """
			select ACT_ID_,
			       count(distinct case when IN_WINDOW = 1 then PROC_INST_ID_ end) as PASSED,
			       count(distinct case when IN_WINDOW = 1 and STATE_ = 'COMPLETED' and END_ACT_ID_ = ACT_ID_
			                           then PROC_INST_ID_ end) as ENDED,
			       count(distinct case when WAITING = 1 then PROC_INST_ID_ end) as RUNNING,
			       avg(case when IN_WINDOW = 1 then DURATION_ end) as AVERAGE_DURATION,
			       percentile_cont(0.5) within group (order by case when IN_WINDOW = 1 then DURATION_ end) as MEDIAN_DURATION,
			       sum(case when IN_WINDOW = 1 then DURATION_ end) as TOTAL_DURATION
			from %s
			group by ACT_ID_
			""";

	/** The partners of the scope: with a passage that began in the window; waiting somewhere now. */
	private static final String PARTNERS = """
			select count(distinct case when IN_WINDOW = 1 then PROC_INST_ID_ end) as PARTNERS,
			       count(distinct case when WAITING = 1 then PROC_INST_ID_ end) as RUNNING
			from %s
			""";

	private final JdbcTemplate jdbc;

	ActivityHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One element of the diagram: partners that passed, ended there, wait there now; mean, median and total time of
	 * the finished passages (null: none finished).
	 */
	record ActivityFigures(String activityId, long passed, long ended, long running, Long averageDurationMillis,
			Long medianDurationMillis, Long totalDurationMillis) {
	}

	/** The partners of a scope and what each element saw of them. */
	record Figures(long partners, long running, List<ActivityFigures> activities) {
	}

	Figures of(HeatScope scope, String definition) {
		String passages = PASSAGES.formatted(scope.definitionColumn());
		Object[] parameters = { scope.start(), scope.end(), definition, scope.start(), scope.end() };
		Map<String, ActivityFigures> byActivity = new TreeMap<>();
		jdbc.query(FIGURES.formatted(passages), row -> {
			ActivityFigures figures = new ActivityFigures(row.getString("ACT_ID_"), row.getLong("PASSED"),
					row.getLong("ENDED"), row.getLong("RUNNING"), millis(row, "AVERAGE_DURATION"),
					millis(row, "MEDIAN_DURATION"), millis(row, "TOTAL_DURATION"));
			byActivity.put(figures.activityId(), figures);
		}, parameters);
		return jdbc.queryForObject(PARTNERS.formatted(passages), (row, number) -> new Figures(row.getLong("PARTNERS"),
				row.getLong("RUNNING"), foldMultiInstance(byActivity)), parameters);
	}

	private static Long millis(ResultSet row, String column) throws SQLException {
		BigDecimal value = row.getBigDecimal(column);
		return value == null ? null : value.setScale(0, RoundingMode.HALF_UP).longValueExact();
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
			folded.put(element, new ActivityFigures(element, body.passed(), body.ended(), body.running(),
					body.averageDurationMillis(), body.medianDurationMillis(), body.totalDurationMillis()));
		});
		return new ArrayList<>(folded.values());
	}

}
