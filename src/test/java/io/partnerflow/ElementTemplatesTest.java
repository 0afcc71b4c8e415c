package io.partnerflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda Modeler element templates in {@code element-templates/} (their JSON schema is checked
 * by the build's node step) fit the delegates they configure: the bean they bind is a
 * {@link JavaDelegate} component of the application, every field they write is one the delegate
 * takes (a setter of an {@link Expression}), the fields every such task of the models sets are
 * offered and must be filled in, the step runs as a job, and the choices they offer are the mail
 * templates, partner statuses and groups there are: a recipient is a choice, never text to type.
 */
class ElementTemplatesTest {

	static final Path TEMPLATES = Path.of("element-templates");

	static final String DELEGATE_EXPRESSION = "camunda:delegateExpression";

	static Stream<Path> templates() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			List<Path> list = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
			assertThat(list).as("element templates").isNotEmpty();
			return list.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("templates")
	void aTemplateBindsADelegateOfTheApplicationWithFieldsItTakes(Path file) throws IOException {
		JsonNode template = read(file);
		String expression = binding(template, "property", DELEGATE_EXPRESSION).path("value").asText();
		assertThat(expression).as("%s of %s", DELEGATE_EXPRESSION, file).matches("\\$\\{[a-z][A-Za-z]*}");
		String bean = expression.substring(2, expression.length() - 1);

		Class<?> delegate = delegates().get(bean);
		assertThat(delegate).as("the delegate bean %s of %s", bean, file).isNotNull();
		assertThat(fieldsTakenBy(delegate)).as("fields %s takes", bean).containsAll(fieldsOf(template));
		assertThat(fieldsOf(template)).as("fields of %s", file).containsAll(fieldsEveryModelSets(expression));
		assertThat(binding(template, "property", "camunda:asyncBefore").path("value").asBoolean())
			.as("asyncBefore of %s", file)
			.isTrue();
	}

	/** An empty field fails the deployment (the engine refuses a field without a value). */
	@ParameterizedTest
	@MethodSource("templates")
	void aPersonMustFillInEveryField(Path file) throws IOException {
		for (JsonNode property : read(file).path("properties")) {
			if ("camunda:field".equals(property.path("binding").path("type").asText())) {
				assertThat(property.path("constraints").path("notEmpty").asBoolean())
					.as("%s of %s must not be empty", property.path("label").asText(), file)
					.isTrue();
			}
		}
	}

	/** The fields that every service task of the models bound to the expression sets. */
	private static Set<String> fieldsEveryModelSets(String expression) throws IOException {
		Set<String> common = null;
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			for (Path model : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
				for (ServiceTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(ServiceTask.class)) {
					if (expression.equals(task.getCamundaDelegateExpression())) {
						Set<String> fields = task.getExtensionElements()
							.getElementsQuery()
							.filterByType(CamundaField.class)
							.list()
							.stream()
							.map(CamundaField::getCamundaName)
							.collect(Collectors.toCollection(TreeSet::new));
						if (common == null) {
							common = fields;
						}
						else {
							common.retainAll(fields);
						}
					}
				}
			}
		}
		assertThat(common).as("tasks of the models bound to %s", expression).isNotNull();
		return common;
	}

	/**
	 * A step that can name the partner offers every mail template; one that names a user only (one
	 * mail per element), the internal notices: a letter to the partner could not go anywhere.
	 */
	@Test
	void theMailTemplateChoicesAreTheApplicationsMailTemplatesThatTheStepCanSend() throws IOException {
		Set<String> mailTemplates = new TreeSet<>();
		Set<String> internalNotices = new TreeSet<>();
		for (Resource html : new PathMatchingResourcePatternResolver().getResources("classpath:templates/mail/*.html")) {
			String name = html.getFilename().replace(".html", "");
			String content = html.getContentAsString(StandardCharsets.UTF_8);
			if (content.contains("<meta name=\"personal-link\" content=\"portal-password\"")) {
				// the partner portal's own letters (invitations of colleagues, resets): no model sends them
				continue;
			}
			mailTemplates.add(name);
			if (content.contains("<meta name=\"audience\" content=\"internal\"")) {
				internalNotices.add(name);
			}
		}
		assertThat(internalNotices).isNotEmpty().isNotEqualTo(mailTemplates);

		List<Path> mailSteps = templates().filter(file -> fieldsOf(readUnchecked(file)).contains("template")).toList();
		assertThat(mailSteps).hasSize(2);
		for (Path file : mailSteps) {
			JsonNode template = read(file);
			assertThat(choices(binding(template, "camunda:field", "template"))).as("mail templates of %s", file)
				.isEqualTo(fieldsOf(template).contains("partner") ? mailTemplates : internalNotices);
		}
	}

	/** Recipients are chosen, never typed: yes or no for the partner's contact, its recruiter and each group there is. */
	@Test
	void theRecipientsAreYesOrNoForThePartnersContactItsRecruiterAndEachGroupPartnerFlowKnows() throws IOException {
		JsonNode template = read(TEMPLATES.resolve("send-partnerflow-mail.json"));
		Set<String> groupFields = new TreeSet<>();
		for (String[] group : Groups.BUSINESS) {
			groupFields.add("group" + Character.toUpperCase(group[0].charAt(0)) + group[0].substring(1));
		}

		assertThat(fieldsOf(template)).containsExactlyInAnyOrderElementsOf(
				Stream.concat(Stream.of("template", "partner", "recruiter"), groupFields.stream()).toList());
		for (String field : fieldsOf(template)) {
			if (!field.equals("template")) {
				JsonNode property = binding(template, "camunda:field", field);
				assertThat(property.path("type").asText()).as(field).isEqualTo("Dropdown");
				assertThat(choices(property)).as(field).containsExactlyInAnyOrder("true", "false");
				assertThat(property.path("value").asText()).as("%s by default", field).isEqualTo("false");
			}
		}
		assertThat(fieldsOf(read(TEMPLATES.resolve("send-partnerflow-mail-to-each.json"))))
			.containsExactlyInAnyOrder("template", "user", "key");
	}

	@Test
	void theStatusChoicesAreThePartnerStatuses() throws IOException {
		JsonNode template = read(TEMPLATES.resolve("change-partner-status.json"));

		assertThat(choices(binding(template, "camunda:field", "status"))).isEqualTo(
				Arrays.stream(PartnerStatus.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
	}

	private static JsonNode read(Path file) throws IOException {
		return new ObjectMapper().readTree(file.toFile());
	}

	private static JsonNode readUnchecked(Path file) {
		try {
			return read(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static JsonNode binding(JsonNode template, String type, String name) {
		for (JsonNode property : template.path("properties")) {
			JsonNode binding = property.path("binding");
			if (type.equals(binding.path("type").asText()) && name.equals(binding.path("name").asText())) {
				return property;
			}
		}
		throw new AssertionError("no " + type + " " + name + " in " + template.path("id").asText());
	}

	private static Set<String> fieldsOf(JsonNode template) {
		Set<String> fields = new TreeSet<>();
		for (JsonNode property : template.path("properties")) {
			if ("camunda:field".equals(property.path("binding").path("type").asText())) {
				fields.add(property.path("binding").path("name").asText());
			}
		}
		return fields;
	}

	private static Set<String> choices(JsonNode property) {
		Set<String> values = new TreeSet<>();
		property.path("choices").forEach(choice -> values.add(choice.path("value").asText()));
		return values;
	}

	/** The fields Camunda injects: a setter that takes an {@link Expression}. */
	private static Set<String> fieldsTakenBy(Class<?> delegate) {
		Set<String> fields = new TreeSet<>();
		for (Method method : delegate.getMethods()) {
			if (method.getName().startsWith("set") && method.getName().length() > 3
					&& Arrays.equals(method.getParameterTypes(), new Class<?>[] { Expression.class })) {
				String name = method.getName().substring(3);
				fields.add(Character.toLowerCase(name.charAt(0)) + name.substring(1));
			}
		}
		return fields;
	}

	/** The application's delegate components by their bean name. */
	private static Map<String, Class<?>> delegates() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		scanner.addIncludeFilter(new AssignableTypeFilter(JavaDelegate.class));
		SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
		Map<String, Class<?>> delegates = new HashMap<>();
		for (BeanDefinition definition : scanner.findCandidateComponents(PartnerFlowApplication.class.getPackageName())) {
			Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
			if (JavaDelegate.class.isAssignableFrom(type)) {
				delegates.put(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry), type);
			}
		}
		return delegates;
	}

}
