package io.partnerflow.dealregistration;

import io.partnerflow.system.ConflictException;

/**
 * Another open registration holds this customer's project: first to register is served. Its words
 * never name the partner that holds it. The API answers 409; the portal shows it next to the project.
 */
public class ProjectAlreadyRegisteredException extends ConflictException {

	ProjectAlreadyRegisteredException() {
		super("Project already registered", "This customer's project is already registered by a partner: the first "
				+ "partner to register a project is served. It can be registered again if that registration closes.");
	}

}
