package io.partnerflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * PartnerFlow: recruiting and starting channel partners on Camunda 7. Each package below this one
 * is a feature module (see its {@code package-info.java}); {@code system} is the shared kernel.
 */
@SpringBootApplication
@Modulithic(systemName = "PartnerFlow", sharedModules = "system")
public class PartnerFlowApplication {

	public static void main(String[] args) {
		SpringApplication.run(PartnerFlowApplication.class, args);
	}

}
