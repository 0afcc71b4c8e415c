package io.partnerflow.committee;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_GROUP;
import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_MEMBERS;
import static io.partnerflow.committee.CommitteeVoteProcess.MAJORITY;
import static io.partnerflow.committee.CommitteeVoteProcess.QUORUM;
import static io.partnerflow.committee.CommitteeVoteProcess.REFERENCE;
import static io.partnerflow.committee.CommitteeVoteProcess.REMINDER_DATE;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE_DEADLINE;

/**
 * Convenes the committee: the members of the group at this moment (group {@code committeeGroup},
 * {@code committee} by default), the reminder date, the deadline and the rules of this vote, fixed
 * now so that a change of settings does not change a running vote; and the partner's reference
 * (the vote's business key), which every form of the vote shows. An empty committee is an
 * incident (nobody could vote): fill the group, then retry the job.
 */
@Component
class ConveneCommitteeDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(ConveneCommitteeDelegate.class);

	private final IdentityService identityService;

	private final CommitteeSettings settings;

	private final Clock clock;

	ConveneCommitteeDelegate(IdentityService identityService, CommitteeSettings settings, Clock clock) {
		this.identityService = identityService;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object requested = execution.getVariable(COMMITTEE_GROUP);
		String group = requested instanceof String s && !s.isBlank() ? s.strip() : Groups.COMMITTEE;
		List<String> members = new ArrayList<>(identityService.createUserQuery()
			.memberOfGroup(group)
			.orderByUserId()
			.asc()
			.list()
			.stream()
			.map(User::getId)
			.toList());
		if (members.isEmpty()) {
			throw new IllegalStateException("Group " + group + " has no members");
		}
		long now = clock.millis();
		execution.setVariable(REFERENCE, execution.getProcessBusinessKey());
		execution.setVariable(COMMITTEE_GROUP, group);
		execution.setVariable(COMMITTEE_MEMBERS, Variables.objectValue(members)
			.serializationDataFormat(Variables.SerializationDataFormats.JSON)
			.create());
		execution.setVariable(REMINDER_DATE, new Date(now + settings.reminderAfter().toMillis()));
		execution.setVariable(VOTE_DEADLINE, new Date(now + settings.votingPeriod().toMillis()));
		execution.setVariable(QUORUM, settings.quorum());
		execution.setVariable(MAJORITY, settings.majority());
		log.info("Committee {} convened for partner {}: {} members {}", group, execution.getProcessBusinessKey(),
				members.size(), members);
	}

}
