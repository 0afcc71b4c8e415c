package io.partnerflow.migration;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.partnerflow.IntegrationTest;
import io.partnerflow.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' migration page: with the webapps' login, for administrators only, its forms
 * refused without the page's CSRF token; the moves themselves are {@code MigrationTest}'s.
 */
@IntegrationTest
class MigrationPageTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void administratorsSeeEachModelsDryRunAndMigrateFromThePageOnly() throws Exception {
		// without a login the browser is sent to the webapps' login; a recruiter is refused
		HttpResponse<String> anonymous = new WebappSession(port).page(MigrationPage.PATH);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/welcome/default/");
		WebappSession rita = new WebappSession(port).login("rita", "tasklist");
		assertThat(rita.page(MigrationPage.PATH).statusCode()).isEqualTo(403);
		assertThat(rita.postForm(MigrationPage.PATH + "/partner-onboarding", "").statusCode()).isEqualTo(403);

		// an administrator reads each model's dry run
		WebappSession admin = new WebappSession(port).login("admin", "cockpit");
		HttpResponse<String> page = admin.page(MigrationPage.PATH);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("model-partner-recruitment", "model-partner-onboarding", "model-committee-vote",
				"model-exit-review");

		// a form without the page's token is refused, as one posted from another site would be
		assertThat(admin.postForm(MigrationPage.PATH + "/partner-onboarding", "").statusCode()).isEqualTo(403);

		// with it, the migration runs and the page says what moved
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("the page's forms carry a CSRF token").isTrue();
		HttpResponse<String> migrated = admin.postForm(MigrationPage.PATH + "/partner-onboarding",
				"_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
		assertThat(migrated.statusCode()).isEqualTo(200);
		assertThat(migrated.body()).containsPattern("partner-onboarding: \\d+ moved to version \\d+");
	}

}
