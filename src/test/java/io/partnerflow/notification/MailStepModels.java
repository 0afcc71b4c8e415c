package io.partnerflow.notification;

import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;

/** Models of one mail step with the fields a test gives it (a value {@code ${...}} is an expression). */
final class MailStepModels {

	static final String TASK = "ServiceTask_SendMail";

	private MailStepModels() {
	}

	static BpmnModelInstance model(String processId, Map<String, String> fields) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(processId)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask(TASK)
			.camundaAsyncBefore()
			.camundaDelegateExpression(MailStep.DELEGATE)
			.endEvent()
			.done();
		ServiceTask task = model.getModelElementById(TASK);
		ExtensionElements extensions = model.newInstance(ExtensionElements.class);
		task.setExtensionElements(extensions);
		new TreeMap<>(fields).forEach((name, value) -> {
			CamundaField field = extensions.addExtensionElement(CamundaField.class);
			field.setCamundaName(name);
			if (value.startsWith("${")) {
				field.setCamundaExpression(value);
			}
			else {
				field.setCamundaStringValue(value);
			}
		});
		return model;
	}

	/** The mail step of such a model. */
	static MailStep step(Map<String, String> fields) {
		return MailStep.in(model("mail-step", fields)).get(0);
	}

}
