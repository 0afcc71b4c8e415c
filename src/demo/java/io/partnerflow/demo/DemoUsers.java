package io.partnerflow.demo;

import java.util.List;

import io.partnerflow.system.Groups;
import io.partnerflow.system.StaffLanguages;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's users: one list, created idempotently. Each password is the user id. A French
 * recruiter (raoul), a French chair and committee member (claire, cora) and legal (luc) read
 * PartnerFlow in French; the others, the manager, the leadership's leo (who gets the monthly KPI
 * report) and the lead cell's lena among them, in English.
 * No other profile has them.
 */
@Component
@Profile("demo")
@Order(10)
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	/** A demo user, with the language PartnerFlow speaks to them until they choose another on their account page. */
	record DemoUser(String id, String firstName, String lastName, String language, List<String> groups) {

		String email() {
			return id + "@partnerflow.test";
		}

	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("rita", "Rita", "Recruiter", "en", List.of(Groups.RECRUITERS)),
			new DemoUser("raoul", "Raoul", "Recruiter", "fr", List.of(Groups.RECRUITERS, Groups.SALES)),
			new DemoUser("claire", "Claire", "Chair", "fr", List.of(Groups.COMMITTEE, Groups.COMMITTEE_CHAIR)),
			new DemoUser("carl", "Carl", "Committee", "en", List.of(Groups.COMMITTEE)),
			new DemoUser("cora", "Cora", "Committee", "fr", List.of(Groups.COMMITTEE)),
			new DemoUser("mona", "Mona", "Manager", "en", List.of(Groups.MANAGERS)),
			new DemoUser("mark", "Mark", "Marketing", "en", List.of(Groups.MARKETING)),
			new DemoUser("tess", "Tess", "Training", "en", List.of(Groups.TRAINING)),
			new DemoUser("luc", "Luc", "Legal", "fr", List.of(Groups.LEGAL)),
			new DemoUser("leo", "Leo", "Leadership", "en", List.of(Groups.LEADERSHIP)),
			new DemoUser("lena", "Lena", "Leads", "en", List.of(Groups.LEADS)));

	private final IdentityService identityService;

	private final StaffLanguages languages;

	DemoUsers(IdentityService identityService, StaffLanguages languages) {
		this.identityService = identityService;
		this.languages = languages;
	}

	@Override
	public void run(ApplicationArguments args) {
		USERS.forEach(this::ensure);
		log.info("Demo users ready: {} (password = user id)", USERS.stream().map(DemoUser::id).toList());
	}

	private void ensure(DemoUser demo) {
		if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
			User user = identityService.newUser(demo.id());
			user.setFirstName(demo.firstName());
			user.setLastName(demo.lastName());
			user.setEmail(demo.email());
			user.setPassword(demo.id());
			identityService.saveUser(user);
		}
		if (languages.chosen(demo.id()).isEmpty()) {
			languages.choose(demo.id(), demo.language());
		}
		for (String group : demo.groups()) {
			if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
				identityService.createMembership(demo.id(), group);
			}
		}
	}

}
