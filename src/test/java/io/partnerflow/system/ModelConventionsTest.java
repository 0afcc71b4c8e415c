package io.partnerflow.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions every model and form keeps (CONVENTIONS.md): process id = file name,
 * executable, history time to live, a diagram for every element, {@code Type_BusinessName} ids,
 * delegates bound by expression, and a Camunda Form for every user task and start form.
 */
class ModelConventionsTest {

	static final Path BPMN = Path.of("bpmn");

	static final Path FORMS = Path.of("forms");

	static final String ID = "[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*";

	static Stream<Path> models() throws IOException {
		List<Path> files = files(BPMN, ".bpmn");
		assertThat(files).as("models in bpmn/").isNotEmpty();
		return files.stream();
	}

	static Stream<Path> decisions() throws IOException {
		return files(BPMN, ".dmn").stream();
	}

	static Stream<Path> forms() throws IOException {
		List<Path> files = files(FORMS, ".form");
		assertThat(files).as("forms in forms/").isNotEmpty();
		return files.stream();
	}

	@ParameterizedTest
	@MethodSource("models")
	void aProcessIsExecutableNamedLikeItsFileAndKeepsHistoryForALimitedTime(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		Collection<Process> processes = model.getModelElementsByType(Process.class);
		Process main = processes.stream().filter(Process::isExecutable).findFirst().orElseThrow();

		assertThat(main.getId()).isEqualTo(baseName(file));
		assertThat(main.getName()).as("process name").isNotBlank();
		assertThat(main.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyElementHasABusinessIdAndIsDrawn(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		List<String> shapes = model.getModelElementsByType(BpmnShape.class)
			.stream()
			.map(s -> s.getBpmnElement().getId())
			.toList();
		List<String> edges = model.getModelElementsByType(BpmnEdge.class)
			.stream()
			.map(e -> e.getBpmnElement().getId())
			.toList();

		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			assertThat(element.getId()).as("id in %s", file).matches(ID);
			if (element instanceof FlowNode) {
				assertThat(shapes).as("shape of %s", element.getId()).contains(element.getId());
				if (!isJoin((FlowNode) element)) {
					assertThat(element.getName()).as("label of %s", element.getId()).isNotBlank();
				}
			}
			if (element instanceof SequenceFlow) {
				assertThat(edges).as("edge of %s", element.getId()).contains(element.getId());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyFlowNodeIsDrawnInTheOneLaneOfTheRoleThatDoesIt(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		Map<String, List<String>> lanesOf = new HashMap<>();
		Collection<Lane> lanes = model.getModelElementsByType(Lane.class);
		assertThat(lanes).as("lanes in %s", file).isNotEmpty();
		for (Lane lane : lanes) {
			assertThat(lane.getName()).as("name of %s", lane.getId()).isNotBlank();
			Bounds band = shapeOf(model, lane.getId()).getBounds();
			for (FlowNode node : lane.getFlowNodeRefs()) {
				lanesOf.computeIfAbsent(node.getId(), id -> new ArrayList<>()).add(lane.getId());
				Bounds shape = shapeOf(model, node.getId()).getBounds();
				double x = shape.getX() + shape.getWidth() / 2;
				double y = shape.getY() + shape.getHeight() / 2;
				assertThat(x >= band.getX() && x <= band.getX() + band.getWidth() && y >= band.getY()
						&& y <= band.getY() + band.getHeight())
					.as("%s drawn inside its lane %s", node.getId(), lane.getId())
					.isTrue();
			}
		}
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			assertThat(lanesOf.get(node.getId())).as("lanes of %s", node.getId()).hasSize(1);
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void labelsAreClearOfTheShapesAndOfEachOther(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		Map<String, Bounds> labels = new HashMap<>();
		for (BpmnLabel label : model.getModelElementsByType(BpmnLabel.class)) {
			BaseElement owner = label.getParentElement() instanceof BpmnEdge edge ? edge.getBpmnElement()
					: ((BpmnShape) label.getParentElement()).getBpmnElement();
			labels.put(owner.getId(), label.getBounds());
		}
		labels.forEach((owner, label) -> {
			for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
				BaseElement element = shape.getBpmnElement();
				assertThat(element instanceof FlowNode && !(element instanceof SubProcess)
						&& overlap(label, shape.getBounds()))
					.as("label of %s over %s in %s", owner, element.getId(), file)
					.isFalse();
			}
			labels.forEach((other, otherLabel) -> assertThat(!other.equals(owner) && overlap(label, otherLabel))
				.as("label of %s over the label of %s in %s", owner, other, file)
				.isFalse());
		});
	}

	private static boolean overlap(Bounds a, Bounds b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
				&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
	}

	private static BpmnShape shapeOf(BpmnModelInstance model, String id) {
		return model.getModelElementsByType(BpmnShape.class)
			.stream()
			.filter(s -> s.getBpmnElement() != null && id.equals(s.getBpmnElement().getId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no shape of " + id));
	}

	@ParameterizedTest
	@MethodSource("models")
	void serviceTasksUseSpringBeansNotClasses(Path file) {
		for (ServiceTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class)) {
			assertThat(task.getCamundaClass()).as("camunda:class on %s", task.getId()).isNull();
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyUserTaskAndStartFormHasACamundaFormOfItsOwnFile(Path file) throws IOException {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			assertFormLinked(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding());
		}
		for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
			if (start.getCamundaFormRef() != null) {
				assertFormLinked(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("decisions")
	void aDecisionIsNamedLikeItsFileAndKeepsHistoryForALimitedTime(Path file) {
		DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
		Collection<Decision> decisions = model.getModelElementsByType(Decision.class);

		assertThat(decisions).extracting(Decision::getId).contains(baseName(file));
		for (Decision decision : decisions) {
			assertThat(decision.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", decision.getId())
				.isNotBlank();
		}
	}

	@ParameterizedTest
	@MethodSource("forms")
	void aFormsIdIsItsFileName(Path file) throws IOException {
		JsonNode form = new ObjectMapper().readTree(file.toFile());

		assertThat(form.path("id").asText()).isEqualTo(baseName(file));
		assertThat(form.path("components")).as("components of %s", file).isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("forms")
	void aFormComponentsIdIsItsTypeAndBusinessName(Path file) throws IOException {
		List<JsonNode> components = new ArrayList<>();
		collectComponents(new ObjectMapper().readTree(file.toFile()), components);

		for (JsonNode component : components) {
			String id = component.path("id").asText();
			String type = capitalized(component.path("type").asText());
			String key = component.path("key").asText("");
			assertThat(id).as("id of a %s in %s", type, file).matches(type + "_[A-Z][A-Za-z0-9]*");
			if (!key.isEmpty()) {
				assertThat(id).as("id of the field %s in %s", key, file).isEqualTo(type + "_" + capitalized(key));
			}
		}
	}

	private static void collectComponents(JsonNode container, List<JsonNode> into) {
		for (JsonNode component : container.path("components")) {
			into.add(component);
			collectComponents(component, into);
		}
	}

	private static String capitalized(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static void assertFormLinked(BaseElement element, String formRef, String binding) throws IOException {
		assertThat(formRef).as("formRef of %s", element.getId()).isNotBlank();
		assertThat(binding).as("formRefBinding of %s", element.getId()).isEqualTo("latest");
		Path form = FORMS.resolve(formRef + ".form");
		assertThat(form).as("form of %s", element.getId()).exists();
		assertThat(new ObjectMapper().readTree(form.toFile()).path("id").asText()).isEqualTo(formRef);
	}

	/** A parallel gateway, or one that only joins paths, asks no question, so it needs no label. */
	private static boolean isJoin(FlowNode node) {
		return node instanceof ParallelGateway
				|| node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
	}

	private static List<Path> files(Path folder, String suffix) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
		}
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

}
