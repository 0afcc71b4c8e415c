package io.partnerflow.bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Camunda's Spring Boot starter and nothing else: what PartnerFlow's start-up is compared with. */
@SpringBootApplication
public class BareCamundaApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareCamundaApplication.class, args);
	}

}
