package io.partnerflow.system;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies every table's {@link RetentionRule} every night ({@code partnerflow.retention.cron}, UTC),
 * at the application's time. Each rule runs in its own transaction, and is idempotent: on several
 * nodes each applies them, and the second finds nothing left to do.
 */
@Component
@EnableScheduling
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final List<RetentionRule> rules;

	private final Clock clock;

	RetentionJob(List<RetentionRule> rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	@Scheduled(cron = "${partnerflow.retention.cron}", zone = "UTC")
	void run() {
		Instant now = Instant.now(clock);
		for (RetentionRule rule : rules) {
			try {
				int changed = rule.apply(now);
				log.info("Retention: {} rows changed by {}", changed, rule.rule());
			}
			catch (RuntimeException failed) {
				log.error("Retention failed ({}); the next run tries again", rule.rule(), failed);
			}
		}
	}

}
