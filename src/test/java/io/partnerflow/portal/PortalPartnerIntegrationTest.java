package io.partnerflow.portal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.deals.DealService;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.Jobs;
import io.partnerflow.tier.CertificationRole;
import io.partnerflow.tier.Certifications;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed partner in its portal, through HTTP as a browser sends it: the invitation of its welcome
 * mail, its password, its login (and the refusals of a wrong one), its plan and deals, the deal it
 * registers (and the refused ones), another partner's data out of reach, its logout.
 */
@IntegrationTest
class PortalPartnerIntegrationTest {

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
	DealService deals;

	@Autowired
	JdbcTemplate jdbc;

	SignedPartners signed;

	@Autowired
	Certifications certifications;

	final Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.DAYS);

	@BeforeEach
	void partners() {
		signed = new SignedPartners(port, partners, runtime, jobs, mailCatcher);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aSignedPartnerSetsItsPasswordLogsInReadsItsPlanRegistersADealAndLogsOut() throws Exception {
		// given a partner signed ten days ago, invited by its welcome mail
		SignedPartners.Invited invited = signed.sign("Welcomed", signedAt);
		PortalVisitor contact = new PortalVisitor(port);

		// when it opens the invitation, it is asked for a password for its address
		HttpResponse<String> page = contact.get(invited.link());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Choisissez votre mot de passe", invited.email());

		// a short one and two different ones are refused next to their fields, and nothing is set
		HttpResponse<String> tooShort = contact.post(invited.link(), Map.of("password", "short", "confirmation", "short"));
		assertThat(tooShort.statusCode()).isEqualTo(422);
		assertThat(PortalVisitor.fieldError(tooShort.body(), "password")).startsWith("Votre mot de passe doit compter au moins 12");
		HttpResponse<String> different = contact.post(invited.link(), Map.of("password", PASSWORD, "confirmation", PASSWORD + "!"));
		assertThat(PortalVisitor.fieldError(different.body(), "confirmation")).isEqualTo("Les deux mots de passe ne sont pas identiques.");
		assertThat(different.body()).doesNotContain(PASSWORD);
		assertThat(passwordHash(invited.email())).isNull();

		// when it sets a good one, it is kept as a hash (bcrypt, named), and the link is used
		HttpResponse<String> set = contact.post(invited.link(), Map.of("password", PASSWORD, "confirmation", PASSWORD));
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(set.headers().firstValue("Location").orElseThrow()).contains("/portal/login?done=password");
		assertThat(passwordHash(invited.email())).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
		HttpResponse<String> reused = contact.get(invited.link());
		assertThat(reused.statusCode()).isEqualTo(410);
		assertThat(reused.body()).contains("Ce lien a déjà servi");

		// a wrong password does not log in
		HttpResponse<String> wrong = contact.login(invited.email(), PASSWORD + "?");
		assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/portal/login?error");
		assertThat(contact.get("http://localhost:" + port + "/portal/plan").headers().firstValue("Location").orElseThrow())
			.endsWith("/portal/login");

		// when it logs in, it reads its plan in French: actions, teams, due dates, reviews
		HttpResponse<String> login = contact.login(invited.email().toUpperCase(), PASSWORD);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/portal/plan");
		HttpResponse<String> plan = contact.get("http://localhost:" + port + "/portal/plan");
		assertThat(plan.statusCode()).isEqualTo(200);
		assertThat(plan.body()).contains("Votre plan des 100 jours", "Former vos commerciaux", "Notre équipe formation",
				"À faire", "Point d&#39;étape du partenariat (6e mois)", invited.reference());
		// with the tiers as the deployed decision table gives them, beside the partner's own figures: no deal
		// won yet (its company's own turnover does not count), nobody certified
		assertThat(PortalVisitor.text(plan)).contains("Affaires gagnées sur 12 mois (EUR)", "<td>Platinum</td>",
				"<td>≥ 2 000 000</td>", "<td>≥ 500 000</td>", "Vous aujourd&#39;hui", "<td>0</td>",
				"Personne n&#39;est encore certifié").doesNotContain("<td>2 500 000</td>");
		// and its people, once the training team certified them: the expired one does not count
		certifications.record(invited.reference(), "Ana Vente", CertificationRole.SALES, LocalDate.now().minusDays(3),
				LocalDate.now().plusYears(2), "tess");
		certifications.record(invited.reference(), "Bob Ancien", CertificationRole.TECHNICAL, LocalDate.now().minusYears(3),
				LocalDate.now().minusYears(1), "tess");
		String certified = PortalVisitor.text(contact.get("http://localhost:" + port + "/portal/plan"));
		assertThat(certified).contains("Vos collaborateurs certifiés", "<td>Ana Vente</td>", "<td>Vente</td>", "<td>Oui</td>",
				"<td>Bob Ancien</td>", "<td>Technique</td>", "<td>Non, expirée</td>", "<td>1</td>");

		// when it registers a deal with bad values, each is refused next to its field and nothing is kept
		HttpResponse<String> bad = contact.post("http://localhost:" + port + "/portal/deals",
				Map.of("customer", " ", "amount", "douze", "signedOn", LocalDate.now().plusDays(3).toString()));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(PortalVisitor.fieldError(bad.body(), "amount")).startsWith("Merci de saisir un montant en euros");
		HttpResponse<String> future = contact.post("http://localhost:" + port + "/portal/deals",
				Map.of("customer", "Acme Retail", "amount", "12500", "signedOn", LocalDate.now().plusDays(3).toString()));
		assertThat(PortalVisitor.fieldError(future.body(), "signedOn")).startsWith("Une affaire se déclare une fois signée");
		HttpResponse<String> early = contact.post("http://localhost:" + port + "/portal/deals",
				Map.of("customer", "Acme Retail", "amount", "12500", "signedOn", LocalDate.now().minusDays(30).toString()));
		assertThat(PortalVisitor.fieldError(early.body(), "signedOn")).startsWith("Les affaires comptent à partir de la signature");
		assertThat(deals.list(invited.reference())).isEmpty();

		// when it registers a won deal, it is recorded as the API records one, by the partner's contact
		HttpResponse<String> registered = contact.post("http://localhost:" + port + "/portal/deals",
				Map.of("customer", "Acme Retail", "amount", "12500.50", "signedOn", LocalDate.now().minusDays(2).toString()));
		assertThat(registered.statusCode()).isEqualTo(302);
		assertThat(deals.list(invited.reference())).singleElement().satisfies(deal -> {
			assertThat(deal.getCustomer()).isEqualTo("Acme Retail");
			assertThat(deal.getRecordedBy()).isEqualTo(PartnerService.CONTACT_ACTOR);
		});
		assertThat(PortalVisitor.text(contact.get("http://localhost:" + port + "/portal/plan"))).contains("Acme Retail",
				"12 500,50 €");

		// when it logs out, its pages need a login again
		HttpResponse<String> out = contact.post("http://localhost:" + port + "/portal/logout", Map.of());
		assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/portal/login?done=logout");
		assertThat(contact.get("http://localhost:" + port + "/portal/plan").statusCode()).isEqualTo(302);
	}

	@Test
	void theLanguageTheContactPicksInThePortalIsTheLanguageOfItsLetters() throws Exception {
		// given a partner in France whose contact logged into the portal (in French, its country's language)
		SignedPartners.Invited invited = signed.sign("Switched", signedAt);
		PortalVisitor contact = new PortalVisitor(port);
		contact.get(invited.link());
		contact.post(invited.link(), Map.of("password", PASSWORD, "confirmation", PASSWORD));
		contact.login(invited.email(), PASSWORD);

		// when it switches the portal to English
		HttpResponse<String> plan = contact.get("http://localhost:" + port + "/portal/plan?lang=en");

		// then its pages and its letters are in English from now on, and the timeline says it chose so
		assertThat(plan.body()).contains("Your 100-day plan");
		assertThat(io.partnerflow.partner.PartnerLanguage.of(partners.get(invited.reference()))).isEqualTo(java.util.Locale.ENGLISH);
		assertThat(partners.timeline(invited.reference())).filteredOn(e -> e.getKind().equals("CONTACT_LANGUAGE"))
			.singleElement()
			.satisfies(e -> assertThat(e.getActor()).isEqualTo(PartnerService.CONTACT_ACTOR));
		assertThat(contact.get("http://localhost:" + port + "/portal/plan").body()).as("kept for its next pages")
			.contains("Your 100-day plan");
	}

	@Test
	void aLoggedInPartnerReadsItsOwnDataOnlyWhateverTheAddressNames() throws Exception {
		SignedPartners.Invited mine = signed.sign("Mine", signedAt);
		SignedPartners.Invited theirs = signed.sign("Theirs", signedAt);
		deals.record(theirs.reference(), "Their secret customer", new java.math.BigDecimal("999"),
				LocalDate.now().minusDays(1), "rita");
		PortalVisitor contact = new PortalVisitor(port);
		contact.post(mine.link(), Map.of("password", PASSWORD, "confirmation", PASSWORD));
		contact.login(mine.email(), PASSWORD);

		// the pages name the logged-in partner whatever the address adds; there is no page by reference
		for (String path : new String[] { "/portal/plan?reference=" + theirs.reference(),
				"/portal/plan?partner=" + theirs.reference() }) {
			HttpResponse<String> page = contact.get("http://localhost:" + port + path);
			assertThat(page.body()).as(path).contains(mine.reference()).doesNotContain(theirs.reference(),
					"Their secret customer");
		}
		for (String path : new String[] { "/portal/partners/" + theirs.reference(), "/portal/plan/" + theirs.reference(),
				"/portal/deals/" + theirs.reference() }) {
			assertThat(contact.get("http://localhost:" + port + path).statusCode()).as(path).isEqualTo(404);
		}
		// the other partner's invitation, opened by this partner's browser, is that partner's alone: it names it only
		assertThat(contact.get(theirs.link()).body()).contains(theirs.email()).doesNotContain(mine.email());
		// and a deal posted with another reference is this partner's
		contact.post("http://localhost:" + port + "/portal/deals", Map.of("customer", "Mine Retail", "amount", "100",
				"signedOn", LocalDate.now().minusDays(1).toString(), "reference", theirs.reference()));
		assertThat(deals.list(theirs.reference())).extracting(d -> d.getCustomer()).containsExactly("Their secret customer");
		assertThat(deals.list(mine.reference())).extracting(d -> d.getCustomer()).containsExactly("Mine Retail");
	}

	@Test
	void anInvitationExpiresAndAStaffLoginOpensNoPartnerPage() throws Exception {
		SignedPartners.Invited invited = signed.sign("Late", signedAt);

		// a staff member's webapp login or password is not a portal login
		HttpResponse<String> staff = new PortalVisitor(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/portal/plan")).header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("rita:rita".getBytes())));
		assertThat(staff.statusCode()).isEqualTo(302);
		assertThat(staff.headers().firstValue("Location").orElseThrow()).endsWith("/portal/login");
		// nor is a Camunda user's name and password in the portal's login form
		assertThat(new PortalVisitor(port).login("rita", "rita").headers().firstValue("Location").orElseThrow()).endsWith("?error");

		// past its validity the invitation is refused, and sets nothing
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(15, ChronoUnit.DAYS)));
		PortalVisitor contact = new PortalVisitor(port);
		HttpResponse<String> expired = contact.get(invited.link());
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("Ce lien a expiré");
		HttpResponse<String> late = contact.post(invited.link(), Map.of("password", PASSWORD, "confirmation", PASSWORD));
		assertThat(late.statusCode()).isEqualTo(410);
		assertThat(passwordHash(invited.email())).isNull();
	}

	@Test
	void aPartnerInvitesAColleagueOfItsCompanyWhoSetsAPasswordAndOthersAreRefused() throws Exception {
		SignedPartners.Invited invited = signed.sign("Team", signedAt);
		PortalVisitor contact = new PortalVisitor(port);
		contact.post(invited.link(), Map.of("password", PASSWORD, "confirmation", PASSWORD));
		contact.login(invited.email(), PASSWORD);
		String domain = invited.email().substring(invited.email().indexOf('@') + 1);
		String colleagues = "http://localhost:" + port + "/portal/colleagues";
		contact.get(colleagues);

		// an address of another company, a malformed one, one with an account already: refused next to the field
		HttpResponse<String> other = contact.post(colleagues, Map.of("name", "Eve", "email", "eve@elsewhere.example"));
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(PortalVisitor.fieldError(other.body(), "email")).isEqualTo(
				"Les collègues s'invitent aux adresses de votre entreprise : ...@" + domain + ".");
		assertThat(PortalVisitor.fieldError(contact.post(colleagues, Map.of("name", "Eve", "email", "not an address")).body(),
				"email")).startsWith("Merci de vérifier l'adresse");
		assertThat(PortalVisitor.fieldError(contact.post(colleagues, Map.of("name", "Me", "email", invited.email())).body(),
				"email")).isEqualTo("Cette adresse a déjà un compte sur le portail partenaires.");
		assertThat(jdbc.queryForObject("select count(*) from portal_account where partner_reference = ?", Long.class,
				invited.reference())).isEqualTo(1);

		// a colleague at the company's address is invited: its own mail, its own link, its own password
		String paul = "paul@" + domain;
		HttpResponse<String> sent = contact.post(colleagues, Map.of("name", "Paul Durand", "email", paul.toUpperCase()));
		assertThat(sent.statusCode()).isEqualTo(302);
		MailCatcher.CaughtMail invitation = mailCatcher.mailsReceivedBy(paul).stream().findFirst().orElseThrow();
		assertThat(invitation.to()).containsExactly(paul);
		assertThat(invitation.cc()).isEmpty();
		assertThat(invitation.subject()).startsWith("Jeanne Martin vous invite");
		String link = SignedPartners.passwordLink(invitation, port);
		PortalVisitor colleague = new PortalVisitor(port);
		assertThat(colleague.get(link).body()).contains("Paul Durand", paul);
		colleague.post(link, Map.of("password", "paul's own long phrase", "confirmation", "paul's own long phrase"));
		assertThat(colleague.login(paul, "paul's own long phrase").headers().firstValue("Location").orElseThrow())
			.endsWith("/portal/plan");
		assertThat(colleague.get("http://localhost:" + port + "/portal/plan").body()).contains(invited.reference());
		assertThat(colleague.get(colleagues).body()).contains("Paul Durand", "Jeanne Martin");
	}

	@Test
	void aForgottenPasswordIsResetByMailAndTheAnswerTellsNothingAboutTheAddress() throws Exception {
		SignedPartners.Invited invited = signed.sign("Forgetful", signedAt);
		PortalVisitor contact = new PortalVisitor(port);
		contact.post(invited.link(), Map.of("password", PASSWORD, "confirmation", PASSWORD));
		String reset = "http://localhost:" + port + "/portal/password-reset";

		// an address without an account and the partner's own get the same answer; only the latter a mail
		HttpResponse<String> unknown = new PortalVisitor(port).post(reset, Map.of("email", "nobody@nowhere.example"));
		HttpResponse<String> known = new PortalVisitor(port).post(reset, Map.of("email", invited.email()));
		assertThat(unknown.headers().firstValue("Location")).isEqualTo(known.headers().firstValue("Location"));
		assertThat(mailCatcher.mailsReceivedBy("nobody@nowhere.example")).isEmpty();
		List<MailCatcher.CaughtMail> resets = resets(invited.email());
		assertThat(resets).hasSize(1);

		// asked again at once, nothing more is sent
		new PortalVisitor(port).post(reset, Map.of("email", invited.email()));
		assertThat(resets(invited.email())).hasSize(1);

		// the mail's link sets a new password: the old one no longer logs in
		String link = SignedPartners.passwordLink(resets.get(0), port);
		PortalVisitor back = new PortalVisitor(port);
		assertThat(back.post(link, Map.of("password", "a brand new long phrase", "confirmation", "a brand new long phrase"))
			.statusCode()).isEqualTo(302);
		assertThat(back.login(invited.email(), PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("?error");
		assertThat(back.login(invited.email(), "a brand new long phrase").headers().firstValue("Location").orElseThrow())
			.endsWith("/portal/plan");
	}

	private List<MailCatcher.CaughtMail> resets(String email) {
		return mailCatcher.mailsReceivedBy(email).stream()
			.filter(mail -> mail.subject().startsWith("Votre mot de passe du portail"))
			.toList();
	}

	private String passwordHash(String email) {
		return jdbc.queryForObject("select password_hash from portal_account where email = ?", String.class, email);
	}

}
