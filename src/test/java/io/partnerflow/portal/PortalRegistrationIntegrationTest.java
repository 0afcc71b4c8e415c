package io.partnerflow.portal;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.dealregistration.DealRegistrationStatus;
import io.partnerflow.dealregistration.DealRegistrations;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deal registration in the portal, through HTTP as a browser sends it: a partner registers an
 * opportunity and sees it under review; a second partner registering the same project is told next to
 * the project field that it is taken, without the first partner's name; bad values are refused next
 * to their fields.
 */
@IntegrationTest
class PortalRegistrationIntegrationTest {

	static final String PASSWORD = "a long phrase for the portal";

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Jobs jobs;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	DealRegistrations registrations;

	final Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.DAYS);

	@Test
	void theFirstPartnerToRegisterAProjectIsServedAndTheSecondToldNextToTheField() throws Exception {
		// given two partners logged in to the portal
		SignedPartners signed = new SignedPartners(port, partners, runtime, jobs, mailCatcher);
		SignedPartners.Invited first = signed.sign("First", signedAt);
		SignedPartners.Invited second = signed.sign("Second", signedAt);
		PortalVisitor one = loggedIn(first);
		PortalVisitor two = loggedIn(second);
		String page = "http://localhost:" + port + "/portal/registrations";
		String customer = "Café Étoile " + System.nanoTime() + " SARL";
		String closeOn = LocalDate.now().plusDays(45).toString();

		// when the first registers an opportunity
		HttpResponse<String> registered = one.post(page, Map.of("customer", customer, "project", "Caisses en magasin",
				"expectedValue", "18000", "expectedCloseOn", closeOn));

		// then it is kept, under review, on its page
		assertThat(registered.statusCode()).isEqualTo(302);
		assertThat(registrations.list(first.reference())).singleElement()
			.satisfies(r -> assertThat(r.getStatus()).isEqualTo(DealRegistrationStatus.SUBMITTED));
		assertThat(PortalVisitor.text(one.get(page))).contains(customer, "Caisses en magasin", "En cours d&#39;examen");

		// when the second registers the same project, written its own way
		HttpResponse<String> taken = two.post(page, Map.of("customer", customer.toUpperCase().replace("É", "E")
			.replace(" SARL", ""), "project", "caisses  en magasin", "expectedValue", "20000", "expectedCloseOn", closeOn));

		// then it is refused next to the project, naming nobody, and nothing is kept for it
		assertThat(taken.statusCode()).isEqualTo(422);
		assertThat(PortalVisitor.fieldError(taken.body(), "project")).startsWith("Le projet de ce client est déjà enregistré");
		assertThat(taken.body()).doesNotContain(partners.get(first.reference()).getCompany(), first.reference());
		assertThat(registrations.list(second.reference())).isEmpty();

		// and bad values are refused next to their fields
		HttpResponse<String> bad = two.post(page, Map.of("customer", "Autre client", "project", " ",
				"expectedValue", "beaucoup", "expectedCloseOn", LocalDate.now().minusDays(1).toString()));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(PortalVisitor.fieldError(bad.body(), "expectedValue")).startsWith("Merci de saisir un montant");
		HttpResponse<String> past = two.post(page, Map.of("customer", "Autre client", "project", "Réseau",
				"expectedValue", "100", "expectedCloseOn", LocalDate.now().minusDays(1).toString()));
		assertThat(PortalVisitor.fieldError(past.body(), "expectedCloseOn")).isEqualTo("La date de signature prévue est déjà passée.");
		assertThat(registrations.list(second.reference())).isEmpty();

		// a visitor without a login is sent to it
		assertThat(new PortalVisitor(port).get(page).headers().firstValue("Location").orElseThrow()).endsWith("/portal/login");
	}

	PortalVisitor loggedIn(SignedPartners.Invited invited) throws Exception {
		return PortalVisitor.loggedIn(port, invited, PASSWORD, "/portal/registrations");
	}

}
