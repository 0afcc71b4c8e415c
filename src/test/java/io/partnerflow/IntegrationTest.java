package io.partnerflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context the integration tests share: the whole application on a random port,
 * with the demo users and SMTP catcher (a real GreenMail server), an in-memory H2 database and no
 * job executor (tests run the jobs with {@link io.partnerflow.support.Jobs}), and the metrics exported as in
 * production (Spring Boot's tests leave them out otherwise): {@code /actuator/prometheus}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PartnerFlowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@AutoConfigureObservability(tracing = false)
public @interface IntegrationTest {

}
