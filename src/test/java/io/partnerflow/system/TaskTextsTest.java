package io.partnerflow.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist's lists in French ({@code messages/tasklist_fr.properties}): a name for every model and
 * user task of {@code bpmn/} (the filters' names are {@code StaffLanguageTest}'s, which reads them from
 * the engine), none for one that is gone; a task keeps the partner it names.
 */
class TaskTextsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void everyModelAndUserTaskHasItsFrenchName() throws IOException {
		Set<String> expected = new TreeSet<>();
		try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
			for (Path file : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
				BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
				for (Process process : model.getModelElementsByType(Process.class)) {
					expected.add("process." + process.getId());
				}
				String key = model.getModelElementsByType(Process.class).iterator().next().getId();
				for (UserTask task : model.getModelElementsByType(UserTask.class)) {
					expected.add("task." + key + "." + task.getId());
				}
			}
		}
		Properties french = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/tasklist_fr.properties"),
				StandardCharsets.UTF_8)) {
			french.load(reader);
		}
		Set<String> translated = new TreeSet<>(french.stringPropertyNames());
		translated.removeIf(key -> key.startsWith("filter."));
		assertThat(translated).isEqualTo(expected);
	}

	@Test
	void aTaskKeepsThePartnerItNamesAndAModelAndAFilterTheirOwnFields() throws IOException {
		JsonNode answer = JSON.readTree("""
				{"_embedded": {
				  "task": [{"id": "t1", "name": "Cast vote: Cast: Vote SARL (P-2026-00001)", "taskDefinitionKey": "UserTask_CastVote",
				            "processDefinitionId": "committee-vote:3:9f1c"},
				           {"id": "t2", "name": "Something else", "taskDefinitionKey": "UserTask_Other",
				            "processDefinitionId": "committee-vote:3:9f1c"},
				           {"id": "t3", "name": "Called by hand", "taskDefinitionKey": null, "processDefinitionId": null}],
				  "processDefinition": [{"id": "committee-vote:3:9f1c", "key": "committee-vote", "name": "Committee vote",
				                         "resource": "committee-vote.bpmn"},
				                        {"id": "d1", "key": "partner-tier", "name": "Partner tier", "resource": "partner-tier.dmn"}]},
				 "filters": [{"id": "f1", "resourceType": "Task", "name": "My tasks",
				              "properties": {"description": "Tasks assigned to me", "priority": -10}},
				             {"id": "f2", "resourceType": "Task", "name": "Someone's own", "properties": {"description": "Mine"}}]}
				""");

		new TaskTexts().translate(answer, Locale.FRENCH);

		JsonNode tasks = answer.path("_embedded").path("task");
		assertThat(tasks.get(0).path("name").asText()).isEqualTo("Voter: Cast: Vote SARL (P-2026-00001)");
		assertThat(tasks.get(1).path("name").asText()).as("a task without a translation").isEqualTo("Something else");
		assertThat(tasks.get(2).path("name").asText()).as("a task of no model").isEqualTo("Called by hand");
		JsonNode models = answer.path("_embedded").path("processDefinition");
		assertThat(models.get(0).path("name").asText()).isEqualTo("Vote du comité");
		assertThat(models.get(1).path("name").asText()).as("a decision table").isEqualTo("Partner tier");
		JsonNode filters = answer.path("filters");
		assertThat(filters.get(0).path("name").asText()).isEqualTo("Mes tâches");
		assertThat(filters.get(0).path("properties").path("description").asText()).isEqualTo("Les tâches qui me sont assignées");
		assertThat(filters.get(0).path("properties").path("priority").asInt()).isEqualTo(-10);
		assertThat(filters.get(1).path("name").asText()).as("a user's own filter").isEqualTo("Someone's own");
		assertThat(TaskTexts.slug("My group's tasks")).isEqualTo("my-group-s-tasks");
	}

}
