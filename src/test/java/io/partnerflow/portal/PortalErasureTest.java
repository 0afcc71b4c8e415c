package io.partnerflow.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.DatabaseScan;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed partner's contact, invited to the portal, is erased on request: its portal account and
 * its password link go, so it signs in no more, and no copy of its address is left in the database.
 */
@IntegrationTest
class PortalErasureTest {

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
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void anErasedContactLosesItsPortalAccountAndItsLinks() throws Exception {
		// given a signed partner whose contact was invited to the portal
		SignedPartners.Invited invited = new SignedPartners(port, partners, runtime, jobs, mailCatcher)
			.sign("Erased from the portal", Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.DAYS));
		assertThat(accounts(invited.email())).isOne();
		assertThat(open(invited.link())).as("the password link, before").isEqualTo(200);
		// and who is logged into the portal
		PortalVisitor contact = new PortalVisitor(port);
		contact.post(invited.link(), java.util.Map.of("password", "a long phrase to erase", "confirmation",
				"a long phrase to erase"));
		contact.login(invited.email(), "a long phrase to erase");
		String plan = "http://localhost:" + port + "/portal/plan";
		assertThat(contact.get(plan).statusCode()).as("the plan, logged in").isEqualTo(200);

		// when the administrator erases the contact
		HttpResponse<String> erasure = new ApiClient(URI.create("http://localhost:" + port), "admin", "admin")
			.send("POST", "/api/partners/" + invited.reference() + "/personal-data/erasure", null, null, ApiClient.JSON);

		// then its account is gone, its link opens nothing, and its address is nowhere in the database
		assertThat(erasure.statusCode()).as(erasure.body()).isEqualTo(200);
		assertThat(accounts(invited.email())).isZero();
		assertThat(open(invited.link())).as("the password link, after").isNotEqualTo(200);
		// its login ends with its account: the open session is sent to the login, and posts nothing
		HttpResponse<String> after = contact.get(plan);
		assertThat(after.statusCode()).as("the plan, after").isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/portal/login");
		assertThat(DatabaseScan.tablesHolding(dataSource, invited.email())).isEmpty();
	}

	private int accounts(String email) {
		return jdbc.queryForObject("select count(*) from portal_account where lower(email) = lower(?)", Integer.class, email);
	}

	private int open(String link) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

}
