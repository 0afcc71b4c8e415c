package io.partnerflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** PartnerFlow: recruiting and starting channel partners on Camunda 7. */
@SpringBootApplication
public class PartnerFlowApplication {

	public static void main(String[] args) {
		SpringApplication.run(PartnerFlowApplication.class, args);
	}

}
