package io.partnerflow.partnerpage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.partnerflow.committee.CommitteeRecord;
import io.partnerflow.committee.CommitteeRecord.PublishedBallots;
import io.partnerflow.committee.CommitteeVote;
import io.partnerflow.conduct.Card;
import io.partnerflow.conduct.Cards;
import io.partnerflow.deals.DealService;
import io.partnerflow.notification.NotificationService;
import io.partnerflow.onboarding.OnboardingPlanService;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerEvent;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.CurrentUser;
import io.partnerflow.system.Groups;
import io.partnerflow.tier.Certifications;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * Reads a partner's page for one user. The partner's own records (timeline, mails, plan, deals,
 * ballots of closed votes) are for every reader of the page; the tasks and processes linked are
 * those the engine's authorizations let that user see, so the page never opens more than Tasklist
 * and Cockpit would.
 */
@Service
class PartnerSheets {

	static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

	static final String COCKPIT_PROCESS_INSTANCE = "/camunda/app/cockpit/default/#/process-instance/";

	/** More open tasks or processes than this about one partner are not linked (a partner has a handful). */
	private static final int MAX_LINKS = 100;

	private final PartnerService partners;

	private final NotificationService mails;

	private final OnboardingPlanService plans;

	private final DealService deals;

	private final Certifications certifications;

	private final Cards cards;

	private final CommitteeRecord committee;

	private final CurrentUser currentUser;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final People people;

	PartnerSheets(PartnerService partners, NotificationService mails, OnboardingPlanService plans, DealService deals,
			Certifications certifications, Cards cards, CommitteeRecord committee, CurrentUser currentUser, TaskService tasks, RuntimeService runtime,
			RepositoryService repository, People people) {
		this.partners = partners;
		this.mails = mails;
		this.plans = plans;
		this.deals = deals;
		this.certifications = certifications;
		this.cards = cards;
		this.committee = committee;
		this.currentUser = currentUser;
		this.tasks = tasks;
		this.runtime = runtime;
		this.repository = repository;
		this.people = people;
	}

	/** The partner's page as this user reads it; {@code PartnerNotFoundException} for an unknown reference. */
	PartnerSheet read(String reference, org.springframework.security.core.Authentication user) {
		Partner partner = partners.get(reference);
		List<PartnerEvent> events = partners.timeline(reference);
		PublishedBallots published = committee.publishedOn(reference);
		List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		List<Task> open = asUser(user.getName(), groups, () -> tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, MAX_LINKS));
		List<ProcessInstance> running = groups.contains(Groups.MANAGERS) || groups.contains(Groups.ADMIN)
				? asUser(user.getName(), groups, () -> runtime.createProcessInstanceQuery()
					.processInstanceBusinessKey(reference)
					.listPage(0, MAX_LINKS))
				: List.of();

		List<Card> partnerCards = cards.list(reference);
		People.Names names = people.of(Stream.of(events.stream().map(PartnerEvent::getActor),
				published.ballots().stream().map(CommitteeVote::getMember), open.stream().map(Task::getAssignee),
				partnerCards.stream().map(Card::getIssuedBy), Stream.of(partner.getRecruiter()))
			.flatMap(Function.identity())
			.toList());
		return new PartnerSheet(partner, names.of(partner.getRecruiter()),
				events.stream()
					.map(e -> new PartnerSheet.Line(e.getOccurredAt(), names.of(e.getActor()), e.getKind(), e.getDescription()))
					.toList(),
				mails.sentAbout(reference), partner.getContractSignedAt() == null ? null : plans.facts(reference),
				deals.list(reference), certifications.list(reference),
				partnerCards.stream().map(card -> new PartnerSheet.CardLine(card, names.of(card.getIssuedBy()))).toList(),
				published.ballots().stream()
					.map(b -> new PartnerSheet.Ballot(b.getCastAt(), names.of(b.getMember()), b.getChoice(), b.getComment()))
					.toList(),
				published.voteOpen(),
				open.stream()
					.map(t -> new PartnerSheet.Link(t.getName(), t.getAssignee() == null ? "" : names.of(t.getAssignee()),
							t.getDueDate() == null ? null : t.getDueDate().toInstant(), TASKLIST_TASK + t.getId()))
					.toList(),
				processLinks(running));
	}

	private List<PartnerSheet.Link> processLinks(List<ProcessInstance> running) {
		if (running.isEmpty()) {
			return List.of();
		}
		Map<String, String> names = repository.createProcessDefinitionQuery()
			.processDefinitionIdIn(running.stream().map(ProcessInstance::getProcessDefinitionId).distinct().toArray(String[]::new))
			.list()
			.stream()
			.collect(Collectors.toMap(ProcessDefinition::getId,
					definition -> definition.getName() == null ? definition.getKey() : definition.getName()));
		List<PartnerSheet.Link> links = new ArrayList<>();
		for (ProcessInstance instance : running) {
			links.add(new PartnerSheet.Link(names.getOrDefault(instance.getProcessDefinitionId(), ""), "", null,
					COCKPIT_PROCESS_INSTANCE + instance.getId()));
		}
		return links;
	}

	/** Runs an engine query with the user's engine login, so its authorizations decide what it finds. */
	private <T> T asUser(String userId, Collection<String> groups, Supplier<T> query) {
		return currentUser.as(userId, groups, query);
	}

}
