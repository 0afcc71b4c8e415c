package io.partnerflow.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.partnerflow.system.PersonalData;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine holds about a partner: the variables of its processes (each process whose
 * business key is its reference, and the processes they called), their history and their changes,
 * the texts of its tasks, incidents, failed jobs and their logs. Exported as the history has the
 * variables; on erasure every text value in the history becomes {@link #ERASED} (free texts, the
 * start form's contact, the application file's answers), and every mention of the contact's name or
 * e-mail elsewhere (the running variables, task names, failure messages, serialized values) is
 * replaced, so that running processes keep the references, flags and choices they decide on.
 * Numbers and dates stay. In SQL, as Camunda has no API that changes history; the running
 * variables' revision grows, so a command that read them before fails rather than writing them back.
 */
@Component
class EnginePersonalData implements PersonalData {

	/** The engine's text columns that may mention the contact: table, key, the process instance column, texts. */
	private static final List<String[]> TEXTS = List.of(
			new String[] { "ACT_RU_VARIABLE", "ID_", "PROC_INST_ID_", "TEXT_", "TEXT2_" },
			new String[] { "ACT_HI_VARINST", "ID_", "PROC_INST_ID_", "TEXT_", "TEXT2_" },
			new String[] { "ACT_HI_DETAIL", "ID_", "PROC_INST_ID_", "TEXT_", "TEXT2_" },
			new String[] { "ACT_RU_TASK", "ID_", "PROC_INST_ID_", "NAME_", "DESCRIPTION_" },
			new String[] { "ACT_HI_TASKINST", "ID_", "PROC_INST_ID_", "NAME_", "DESCRIPTION_" },
			new String[] { "ACT_RU_INCIDENT", "ID_", "PROC_INST_ID_", "INCIDENT_MSG_" },
			new String[] { "ACT_HI_INCIDENT", "ID_", "PROC_INST_ID_", "INCIDENT_MSG_" },
			new String[] { "ACT_RU_JOB", "ID_", "PROCESS_INSTANCE_ID_", "EXCEPTION_MSG_" },
			new String[] { "ACT_HI_JOB_LOG", "ID_", "PROCESS_INSTANCE_ID_", "JOB_EXCEPTION_MSG_" },
			new String[] { "ACT_HI_OP_LOG", "ID_", "PROC_INST_ID_", "ORG_VALUE_", "NEW_VALUE_" });

	private static final String INSTANCES = """
			select PROC_INST_ID_ from ACT_HI_PROCINST
			where ROOT_PROC_INST_ID_ in (select ROOT_PROC_INST_ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = :reference)""";

	/** The byte arrays of the partner's processes: serialized values, failures' stack traces. */
	private static final String BYTE_ARRAYS = """
			select ID_ from ACT_GE_BYTEARRAY where ROOT_PROC_INST_ID_ in (:instances)
			union select BYTEARRAY_ID_ from ACT_RU_VARIABLE where PROC_INST_ID_ in (:instances)
			union select BYTEARRAY_ID_ from ACT_HI_VARINST where PROC_INST_ID_ in (:instances)
			union select BYTEARRAY_ID_ from ACT_HI_DETAIL where PROC_INST_ID_ in (:instances)
			union select EXCEPTION_STACK_ID_ from ACT_RU_JOB where PROCESS_INSTANCE_ID_ in (:instances)
			union select JOB_EXCEPTION_STACK_ID_ from ACT_HI_JOB_LOG where PROCESS_INSTANCE_ID_ in (:instances)""";

	private final NamedParameterJdbcTemplate jdbc;

	EnginePersonalData(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "engine";
	}

	@Override
	public Object export(Contact contact) {
		List<String> instances = instances(contact);
		return instances.isEmpty() ? List.of() : jdbc.queryForList("""
				select P.PROC_DEF_KEY_ as process, V.NAME_ as name, V.VAR_TYPE_ as type, V.TEXT_ as text, V.LONG_ as long_value,
				       V.DOUBLE_ as double_value, V.STATE_ as state, V.CREATE_TIME_ as created
				from ACT_HI_VARINST V join ACT_HI_PROCINST P on P.PROC_INST_ID_ = V.PROC_INST_ID_
				where V.PROC_INST_ID_ in (:instances)
				order by V.CREATE_TIME_, V.NAME_""", Map.of("instances", instances));
	}

	@Override
	public int erase(Contact contact) {
		List<String> instances = instances(contact);
		if (instances.isEmpty()) {
			return 0;
		}
		Map<String, Object> scope = Map.of("instances", instances, "erased", ERASED);
		int changed = 0;
		for (String history : new String[] { "ACT_HI_VARINST", "ACT_HI_DETAIL" }) {
			changed += jdbc.update("update " + history + " set TEXT_ = :erased, TEXT2_ = null where PROC_INST_ID_ in (:instances)"
					+ " and VAR_TYPE_ = 'string' and TEXT_ is not null and TEXT_ <> :erased", scope);
		}
		changed += jdbc.update("delete from ACT_HI_COMMENT where PROC_INST_ID_ in (:instances)", scope);
		for (String[] texts : TEXTS) {
			changed += withoutContact(contact, texts, instances);
		}
		return changed + bytesWithoutContact(contact, instances);
	}

	private List<String> instances(Contact contact) {
		return jdbc.queryForList(INSTANCES, Map.of("reference", contact.reference()), String.class);
	}

	/** Replaces the mentions of the contact in these text columns of the partner's rows of one table. */
	private int withoutContact(Contact contact, String[] texts, List<String> instances) {
		String table = texts[0];
		String key = texts[1];
		List<String> columns = Arrays.asList(texts).subList(3, texts.length);
		int changed = 0;
		for (Map<String, Object> row : jdbc.queryForList("select " + key + ", " + String.join(", ", columns) + " from " + table
				+ " where " + texts[2] + " in (:instances)", Map.of("instances", instances))) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (String column : columns) {
				Object value = row.get(column);
				if (value instanceof String text && !text.equals(contact.withoutContact(text))) {
					values.put(column, contact.withoutContact(text));
				}
			}
			if (!values.isEmpty()) {
				List<String> set = new ArrayList<>(values.keySet().stream().map(column -> column + " = :" + column).toList());
				if ("ACT_RU_VARIABLE".equals(table)) {
					set.add("REV_ = REV_ + 1");
				}
				values.put("key", row.get(key));
				changed += jdbc.update("update " + table + " set " + String.join(", ", set) + " where " + key + " = :key", values);
			}
		}
		return changed;
	}

	/** Replaces the mentions of the contact in the partner's byte arrays that hold text (JSON, stack traces). */
	private int bytesWithoutContact(Contact contact, List<String> instances) {
		Set<String> ids = new HashSet<>(jdbc.queryForList(BYTE_ARRAYS, Map.of("instances", instances), String.class));
		ids.remove(null);
		if (ids.isEmpty()) {
			return 0;
		}
		int changed = 0;
		for (Map<String, Object> row : jdbc.queryForList("select ID_, BYTES_ from ACT_GE_BYTEARRAY where ID_ in (:ids)",
				Map.of("ids", ids))) {
			byte[] bytes = (byte[]) row.get("BYTES_");
			String text = bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
			if (text != null && Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)
					&& !text.equals(contact.withoutContact(text))) {
				changed += jdbc.update("update ACT_GE_BYTEARRAY set BYTES_ = :bytes, REV_ = REV_ + 1 where ID_ = :id",
						Map.of("bytes", contact.withoutContact(text).getBytes(StandardCharsets.UTF_8), "id", row.get("ID_")));
			}
		}
		return changed;
	}

}
