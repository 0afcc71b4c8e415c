package io.partnerflow.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.PartnerEvent;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.recruitment.ApplicationFileData;
import io.partnerflow.recruitment.ApplicationFiles;
import io.partnerflow.recruitment.Recruitments;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What PartnerFlow holds about partners has a lifetime. History cleanup runs: the engine schedules
 * its job in the batch window, and once a partner's recruitment ended more than its model's time to
 * live ago the job removes its history, variables and all, while a recruitment that ended later
 * keeps its own, and the partner (the KPIs' figures) stays. The retention job applies each of
 * PartnerFlow's own tables' rule: application files and timeline texts a year after the partner's
 * story ended, mail records 180 days after they were sent.
 */
@IntegrationTest
class RetentionTest {

	/** The recruitment's {@code historyTimeToLive}. */
	static final Duration RECRUITMENT_TTL = Duration.ofDays(395);

	@Autowired
	Recruitments recruitments;

	@Autowired
	PartnerService partners;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	EngineClock clock;

	@Autowired
	Jobs jobs;

	@Autowired
	ApplicationFiles applicationFiles;

	@Autowired
	RetentionJob retention;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void clockRunsAgain() {
		clock.reset();
	}

	@Test
	void aRecruitmentEndedLongerAgoThanItsTimeToLiveLosesItsHistoryAndThePartnerStays() {
		// given a recruitment that ended today and one that ended 300 days later
		Instant today = clock.instant();
		String early = endedRecruitment("Early");
		clock.moveTo(today.plus(Duration.ofDays(300)));
		String late = endedRecruitment("Late");
		List<String> earlyInstances = instancesOf(early);
		List<String> lateInstances = instancesOf(late);
		assertThat(historyOf(earlyInstances)).isPositive();

		// when the cleanup job runs in its batch window, more than the time to live after the first ended
		Instant window = cleanupJob().getDuedate().toInstant();
		Instant expired = today.plus(RECRUITMENT_TTL).plus(Duration.ofDays(5));
		clock.moveTo(window.plus(Duration.ofDays(Duration.between(window, expired).toDays() + 1)).plus(Duration.ofHours(1)));
		int runs = 0;
		while (!cleanupJob().getDuedate().toInstant().isAfter(clock.instant()) && runs++ < 1_000) {
			management.executeJob(cleanupJob().getId());
		}

		// then the first recruitment's history is gone, the second's is kept, and both partners stay
		assertThat(runs).isPositive();
		assertThat(historyOf(earlyInstances)).isZero();
		assertThat(historyOf(lateInstances)).isEqualTo(historyOf(instancesOf(late))).isPositive();
		assertThat(partners.get(early).getStatus()).isEqualTo(PartnerStatus.NOT_ELIGIBLE);
		assertThat(partners.get(late).getStatus()).isEqualTo(PartnerStatus.NOT_ELIGIBLE);
	}

	@Test
	void theRetentionJobAppliesEachTablesRule() {
		// given a partner whose story ended today and one whose story ended 300 days later, each with
		// its application file, its timeline and the mails about it
		Instant today = clock.instant();
		String early = endedRecruitment("Early");
		applicationFiles.saveIfAbsent(early, applicationFile(), "rita");
		clock.moveTo(today.plus(Duration.ofDays(300)));
		String late = endedRecruitment("Late");
		applicationFiles.saveIfAbsent(late, applicationFile(), "rita");
		List<PartnerEvent> earlyTimeline = partners.timeline(early);
		List<PartnerEvent> lateTimeline = partners.timeline(late);
		assertThat(mailsAbout(early)).isPositive();
		assertThat(mailsAbout(late)).isPositive();

		String expiredLong = portalLink(late, today.plus(Duration.ofDays(200)));
		String expiredLately = portalLink(late, today.plus(Duration.ofDays(300)));

		// when the retention job runs 366 days after the first one ended
		clock.moveTo(today.plus(Duration.ofDays(366)));
		retention.run();

		// then the first one's file and mails are gone and its timeline says no more what happened,
		// only when, who and what kind (the KPIs' funnel); the second one's are all kept
		assertThat(applicationFiles.exists(early)).isFalse();
		assertThat(mailsAbout(early)).isZero();
		assertThat(partners.timeline(early)).extracting(PartnerEvent::getKind)
			.containsExactlyElementsOf(earlyTimeline.stream().map(PartnerEvent::getKind).toList());
		assertThat(partners.timeline(early)).extracting(PartnerEvent::getDescription)
			.containsOnly("(removed a year after the partner's story ended)");
		assertThat(jdbc.queryForList("select token_hash from portal_link where token_hash in (?, ?)", String.class, expiredLong,
				expiredLately)).as("portal links kept 90 days after they expired").containsExactly(expiredLately);
		assertThat(applicationFiles.exists(late)).isTrue();
		assertThat(mailsAbout(late)).isPositive();
		assertThat(partners.timeline(late)).extracting(PartnerEvent::getDescription)
			.containsExactlyElementsOf(lateTimeline.stream().map(PartnerEvent::getDescription).toList());
	}

	/** A portal link of the partner that expires at that moment; its token's hash. */
	private String portalLink(String reference, Instant expires) {
		String hash = Long.toHexString(System.nanoTime()) + "-" + reference;
		jdbc.update("insert into portal_link (token_hash, partner_reference, purpose, issued_at, expires_at, version)"
				+ " values (?, ?, 'APPLICATION', ?, ?, 0)", hash, reference, java.sql.Timestamp.from(expires.minus(Duration.ofDays(14))),
				java.sql.Timestamp.from(expires));
		return hash;
	}

	private int mailsAbout(String reference) {
		return jdbc.queryForObject("select count(*) from notification where partner_reference = ?", Integer.class, reference);
	}

	private static ApplicationFileData applicationFile() {
		return new ApplicationFileData("We want to grow", "Two sales people", "Our clients", "Resell", "Your offer", "Good");
	}

	private String endedRecruitment(String name) {
		CandidateData fine = TestPartners.candidate(name);
		CandidateData weak = new CandidateData(fine.company(), fine.country(), fine.market(), fine.category(), fine.contactName(),
				fine.contactEmail(), fine.website(), 100_000L, 1, 0, fine.competingSuppliers(), null);
		String reference = recruitments.start(weak, "rita").getReference();
		jobs.runDue();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).finished().count())
			.as("recruitment of %s ended", reference)
			.isOne();
		return reference;
	}

	private List<String> instancesOf(String reference) {
		return history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.map(instance -> instance.getId())
			.toList();
	}

	/** The history rows of these processes: instances, activities, variables and their changes. */
	private long historyOf(List<String> instances) {
		long rows = 0;
		for (String instance : instances) {
			rows += history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()
					+ history.createHistoricActivityInstanceQuery().processInstanceId(instance).count()
					+ history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()
					+ history.createHistoricDetailQuery().processInstanceId(instance).count();
		}
		return rows;
	}

	private Job cleanupJob() {
		List<Job> cleanup = history.findHistoryCleanupJobs();
		assertThat(cleanup).as("the history cleanup job, scheduled for the batch window").hasSize(1);
		return cleanup.get(0);
	}

}
