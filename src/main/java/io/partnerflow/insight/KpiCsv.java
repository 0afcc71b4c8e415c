package io.partnerflow.insight;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.system.SpreadsheetCsv;

/**
 * The KPIs as a CSV file ({@link SpreadsheetCsv}: for Excel, formulas neutralised), one figure a
 * line, named as {@code GET /api/kpis} names it: the KPI, the item of a list (a funnel step, a
 * recruiter's id, a market, a category) with its name, the figure and its value. A KPI of no partner
 * has an empty value.
 */
final class KpiCsv {

	static final String[] HEADER = { "kpi", "item", "name", "figure", "value" };

	private KpiCsv() {
	}

	static void write(Kpis kpis, ObjectMapper json, Writer out) throws IOException {
		SpreadsheetCsv csv = SpreadsheetCsv.start(out, HEADER);
		for (Map.Entry<String, JsonNode> kpi : json.valueToTree(kpis).properties()) {
			JsonNode value = kpi.getValue();
			if (value.isArray()) {
				for (JsonNode item : value) {
					String key = item.has("step") ? item.get("step").asText() : item.get("key").asText();
					String name = item.has("name") ? item.get("name").asText() : "";
					figures(csv, kpi.getKey(), key, name, "", item);
				}
			}
			else {
				figures(csv, kpi.getKey(), "", "", "", value);
			}
		}
		csv.finish();
	}

	/** Each figure of a node, a nested object's figures named by their path ("contractSignatureRate.rate"). */
	private static void figures(SpreadsheetCsv csv, String kpi, String item, String name, String path, JsonNode node)
			throws IOException {
		if (!node.isObject()) {
			csv.write(kpi, item, name, path, node.isNull() ? "" : node.asText());
			return;
		}
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			if (!field.getKey().equals("step") && !field.getKey().equals("key") && !field.getKey().equals("name")) {
				figures(csv, kpi, item, name, path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue());
			}
		}
	}

}
