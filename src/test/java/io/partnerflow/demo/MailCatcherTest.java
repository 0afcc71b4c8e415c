package io.partnerflow.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo's SMTP catcher keeps the newest mails within its bounds, and each user reads only the
 * mails meant for it: admins and managers all, every other user those addressed to its e-mail.
 */
@IntegrationTest
class MailCatcherTest {

	@LocalServerPort
	int port;

	@Autowired
	MailCatcher shared;

	@Autowired
	IdentityService identityService;

	@Test
	void keepsTheNewestMailsAndRefusesAMailTooLarge() throws Exception {
		// given a catcher keeping 3 mails of at most 64 KB
		MailCatcher catcher = new MailCatcher(0, "127.0.0.1", 3, 65_536,
				new DefaultListableBeanFactory().getBeanProvider(JavaMailSenderImpl.class));
		catcher.start();
		try {
			// when 5 mails arrive, then one of 1 MB
			for (int i = 1; i <= 5; i++) {
				send(catcher.getPort(), "to@example.com", "Mail " + i, "small");
			}
			assertThatThrownBy(() -> send(catcher.getPort(), "to@example.com", "Huge", "x".repeat(1_000_000)))
				.isInstanceOf(jakarta.mail.MessagingException.class);
			send(catcher.getPort(), "to@example.com", "Mail 6", "small");

			// then the 3 newest small ones are kept, the huge one nowhere
			assertThat(catcher.mails()).extracting(MailCatcher.CaughtMail::subject).containsExactly("Mail 4", "Mail 5", "Mail 6");
		}
		finally {
			catcher.stop();
		}
	}

	@Test
	void eachUserReadsTheMailsMeantForItAndOnlyAnAdminEmptiesTheCatcher() throws Exception {
		// given a mail to rita, one to a partner, and a user without any group
		if (identityService.createUserQuery().userId("nogroup").count() == 0) {
			var user = identityService.newUser("nogroup");
			user.setEmail("nogroup@partnerflow.test");
			user.setPassword("nogroup");
			identityService.saveUser(user);
		}
		String tag = "access-" + System.nanoTime();
		send(shared.getPort(), "rita@partnerflow.test", "For rita " + tag, "hello rita");
		send(shared.getPort(), "contact@partner.example", "For the partner " + tag, "hello partner");
		send(shared.getPort(), "nogroup@partnerflow.test", "For nogroup " + tag, "hello");

		// then
		assertThat(subjects("rita", tag)).containsExactly("For rita " + tag);
		assertThat(subjects("nogroup", tag)).containsExactly("For nogroup " + tag);
		assertThat(subjects("carl", tag)).isEmpty();
		assertThat(subjects("mona", tag)).containsExactlyInAnyOrder("For rita " + tag, "For the partner " + tag,
				"For nogroup " + tag);
		assertThat(subjects("admin", tag)).hasSize(3);
		assertThat(call("DELETE", "rita").statusCode()).isEqualTo(403);
		assertThat(call("DELETE", "mona").statusCode()).isEqualTo(403);
		assertThat(subjects("admin", tag)).hasSize(3);
		assertThat(call("DELETE", "admin").statusCode()).isEqualTo(204);
		assertThat(subjects("admin", tag)).isEmpty();
	}

	private java.util.List<String> subjects(String user, String tag) throws Exception {
		HttpResponse<String> response = call("GET", user);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode mails = new ObjectMapper().readTree(response.body());
		return mails.findValuesAsText("subject").stream().filter(s -> s.endsWith(tag)).toList();
	}

	private HttpResponse<String> call(String method, String user) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/demo/mails"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void send(int port, String to, String subject, String text) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(port));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("test@partnerflow.test"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject);
		message.setText(text);
		Transport.send(message);
	}

}
