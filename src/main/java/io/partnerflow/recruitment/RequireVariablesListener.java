package io.partnerflow.recruitment;

import java.util.Arrays;
import java.util.List;

import io.partnerflow.system.FormRefusedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a task while a field the model needs is missing or blank: forms do not
 * restrict what a client submits. Field {@code names}: comma-separated variable names. Tasklist
 * shows the message and the task stays open.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class RequireVariablesListener implements TaskListener {

	private Expression names;

	@Override
	public void notify(DelegateTask task) {
		List<String> missing = Arrays.stream(String.valueOf(names.getValue(task)).split(","))
			.map(String::strip)
			.filter(name -> {
				Object value = task.getVariable(name);
				return value == null || value.toString().isBlank();
			})
			.toList();
		if (!missing.isEmpty()) {
			throw new FormRefusedException("Please fill in: " + String.join(", ", missing));
		}
	}

	public void setNames(Expression names) {
		this.names = names;
	}

}
