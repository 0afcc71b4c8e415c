package io.partnerflow.notification;

import java.util.List;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.demo.MailCatcher.CaughtMail;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.TestPartners;
import io.partnerflow.system.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice to colleagues is written in each reader's language: one mail per language among its
 * readers (demo: claire reads French, carl and the managers English), each with its own
 * Message-ID and sent once; a retry sends only a part that did not go out.
 */
@IntegrationTest
class StaffMailLanguageTest {

	@Autowired
	NotificationService notifications;

	@Autowired
	PartnerService partners;

	@Autowired
	SentMails sentMails;

	@Autowired
	MailCatcher mailCatcher;

	@Test
	void eachColleagueReadsTheNoticeInTheirLanguageAndEachPartGoesOutOnce() {
		// given a partner, and a notice for claire, carl and the managers
		Partner partner = partners.register(TestPartners.candidate("Bilingual"), "rita");
		String key = "test/languages/" + partner.getReference();
		List<RecipientSpec> readers = List.of(RecipientSpec.user("claire"), RecipientSpec.user("carl"),
				RecipientSpec.group(Groups.MANAGERS));

		// when it is sent
		assertThat(notifications.send(key, "candidate-listed", partner.getReference(), readers, Map.of())).isTrue();

		// then claire has hers in French, carl and mona theirs in English, two mails in all
		CaughtMail french = single("claire@partnerflow.test", partner);
		CaughtMail english = single("carl@partnerflow.test", partner);
		assertThat(french.subject()).isEqualTo("Nouveau candidat " + partner.getCompany() + " (" + partner.getReference() + ")");
		assertThat(french.text()).doesNotContain("Company:", "Recruiter:");
		assertThat(english.subject()).isEqualTo("New candidate " + partner.getCompany() + " (" + partner.getReference() + ")");
		assertThat(single("mona@partnerflow.test", partner).messageId()).isEqualTo(english.messageId());
		assertThat(french.to()).containsExactly("claire@partnerflow.test");
		assertThat(english.to()).containsExactly("carl@partnerflow.test");
		assertThat(french.messageId()).isEqualTo(MimeMails.messageId(key + "/fr")).isNotEqualTo(english.messageId());
		assertThat(english.messageId()).isEqualTo(MimeMails.messageId(key));

		// when it is sent again, nothing goes out
		assertThat(notifications.send(key, "candidate-listed", partner.getReference(), readers, Map.of())).isFalse();
		assertThat(about(partner)).hasSize(2);

		// when the French part had not gone out (its key free), a retry sends it alone
		sentMails.forget(key + "/fr");
		assertThat(notifications.send(key, "candidate-listed", partner.getReference(), readers, Map.of())).isTrue();
		// (under the same Message-ID: a mail client shows it once)
		assertThat(deliveriesAbout(partner)).extracting(CaughtMail::to)
			.containsExactlyInAnyOrder(List.of("claire@partnerflow.test"), List.of("claire@partnerflow.test"),
					List.of("carl@partnerflow.test"), List.of("carl@partnerflow.test"));
	}

	@Test
	void aPartnersLettersFollowItsContactsLanguageAndItsRecruitersCopyToo() {
		// given a partner in France whose contact asked to be written to in English
		Partner partner = partners.register(TestPartners.candidate("Anglophone"), "rita");
		partners.changeContactLanguage(partner.getReference(), "en", "rita");

		// when a letter goes to it
		notifications.send("test/letter/" + partner.getReference(), "deal-registration-approved", partner.getReference(),
				List.of(RecipientSpec.partnerOf(partner.getReference()), RecipientSpec.recruiterOf(partner.getReference())),
				Map.of("customer", "Carrefour", "project", "Tills", "expiresAt", new java.util.Date()));

		// then it is in English, and its recruiter's copy is the same mail
		assertThat(mailCatcher.mailsReceivedBy(partner.getContactEmail())).singleElement()
			.satisfies(letter -> assertThat(letter.subject()).isEqualTo("Deal registration approved: Carrefour, Tills"))
			.satisfies(letter -> assertThat(letter.cc()).containsExactly("rita@partnerflow.test"));
	}

	private CaughtMail single(String address, Partner partner) {
		List<CaughtMail> received = mailCatcher.mailsReceivedBy(address)
			.stream()
			.filter(mail -> mail.subject().contains(partner.getReference()))
			.toList();
		assertThat(received).as("mails about %s to %s", partner.getReference(), address).hasSize(1);
		return received.get(0);
	}

	/** Every copy received about the partner by claire or carl (the managers are in Bcc of other tests' mails too). */
	private List<CaughtMail> deliveriesAbout(Partner partner) {
		return mailCatcher.deliveries()
			.stream()
			.filter(mail -> mail.subject().contains(partner.getReference()))
			.filter(mail -> !mail.to().isEmpty())
			.toList();
	}

	private List<CaughtMail> about(Partner partner) {
		return mailCatcher.mails().stream().filter(mail -> mail.subject().contains(partner.getReference())).toList();
	}

}
