package io.partnerflow.recruitment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The delays of the recruitment model (ISO 8601 durations for its timers), from
 * {@code partnerflow.recruitment.*}: the approach's due date, the application reminder, the lapse
 * after the reminder and the contract signature deadline, in days. The user tasks are due when
 * their timers strike: the application file when it lapses, the contract when managers are alerted.
 */
@Component("recruitmentSettings")
public class RecruitmentSettings {

	private final int approachDays;

	private final int reminderDays;

	private final int lapseDaysAfterReminder;

	private final int signatureDeadlineDays;

	public RecruitmentSettings(@Value("${partnerflow.recruitment.approach-days:14}") int approachDays,
			@Value("${partnerflow.recruitment.application-reminder-days:14}") int reminderDays,
			@Value("${partnerflow.recruitment.application-lapse-days:45}") int lapseDaysAfterReminder,
			@Value("${partnerflow.recruitment.signature-deadline-days:30}") int signatureDeadlineDays) {
		this.approachDays = approachDays;
		this.reminderDays = reminderDays;
		this.lapseDaysAfterReminder = lapseDaysAfterReminder;
		this.signatureDeadlineDays = signatureDeadlineDays;
	}

	/** From the listing to the approach's due date: a candidate is approached while the listing is fresh. */
	public String getApproachDeadline() {
		return "P" + approachDays + "D";
	}

	/** From the application request to the reminder mail. */
	public String getApplicationReminderDelay() {
		return "P" + reminderDays + "D";
	}

	/** From the application request to the lapse: the reminder delay, then the lapse delay. */
	public String getApplicationLapseDelay() {
		return "P" + (reminderDays + lapseDaysAfterReminder) + "D";
	}

	/** From the committee's approval to the managers' alert when the contract is not signed. */
	public String getSignatureDeadline() {
		return "P" + signatureDeadlineDays + "D";
	}

}
