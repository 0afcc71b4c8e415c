package io.partnerflow.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.deals.DealService;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.DuplicatePartnerException;
import io.partnerflow.partner.Partner;
import io.partnerflow.recruitment.Recruitments;
import io.partnerflow.simulation.CreatedTasks.CreatedTask;
import io.partnerflow.system.EngineClock;
import io.partnerflow.system.Groups;
import io.partnerflow.tier.CertificationRole;
import io.partnerflow.tier.Certifications;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the people of a run do, through PartnerFlow's own services as the API and Tasklist have them
 * do it: a recruiter lists a candidate, a partner sends its file or wins a deal, a user submits a
 * task's form with its own groups. A refusal is counted and the run goes on.
 */
final class People {

	private static final Logger log = LoggerFactory.getLogger(People.class);

	/** The names of the partners' people the trainers certify. */
	private static final List<String> FIRST_NAMES = List.of("Camille", "Hugo", "Léa", "Nathan", "Manon", "Louis", "Chloé",
			"Jules", "Inès", "Arthur");

	private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
			"Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent");

	private final Recruitments recruitments;

	private final DealService deals;

	private final Certifications certifications;

	private final TaskService tasks;

	private final FormService forms;

	private final IdentityService identity;

	private final EngineClock clock;

	private final Map<String, SimulatedPartner> byReference = new HashMap<>();

	/** The reference of each partner listed, by its number. */
	private final Map<Integer, String> references = new HashMap<>();

	private final Map<String, List<String>> groupsOfUser = new HashMap<>();

	private final Map<String, List<String>> membersOfGroup = new HashMap<>();

	private int listed;

	private int alreadyListed;

	private long tasksCompleted;

	private long formsRefused;

	People(Recruitments recruitments, DealService deals, Certifications certifications, TaskService tasks,
			FormService forms, IdentityService identity, EngineClock clock) {
		this.recruitments = recruitments;
		this.deals = deals;
		this.certifications = certifications;
		this.tasks = tasks;
		this.forms = forms;
		this.identity = identity;
		this.clock = clock;
	}

	void list(SimulatedPartner simulated) {
		try {
			Partner partner = recruitments.start(simulated.candidate(), simulated.recruiter());
			byReference.put(partner.getReference(), simulated);
			references.put(simulated.number(), partner.getReference());
			listed++;
		}
		catch (DuplicatePartnerException listedBefore) {
			// the same seed ran on this database before: its candidates are listed already
			alreadyListed++;
		}
	}

	/** The references of the partners this run listed, in their order. */
	List<String> references() {
		return references.keySet().stream().sorted().map(references::get).toList();
	}

	/** The partner this run listed under that reference, or null. */
	SimulatedPartner listedAs(String reference) {
		return byReference.get(reference);
	}

	void complete(CreatedTask task, SimulatedPartner partner, Map<String, Object> form) {
		if (tasks.createTaskQuery().taskId(task.id()).count() == 0) {
			return; // the task ended meanwhile (a deadline passed, the committee's outcome became certain)
		}
		String user = userFor(task, partner);
		identity.setAuthentication(user, groupsOfUser.computeIfAbsent(user,
				u -> identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList()));
		try {
			certifyPeople(task, partner, form);
			forms.submitTaskForm(task.id(), form);
			tasksCompleted++;
		}
		catch (ProcessEngineException refused) {
			formsRefused++;
			log.warn("The form of {} for partner {} was refused: {}", task.taskDefinitionKey(), referenceOf(partner),
					refused.getMessage());
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/**
	 * The trainer records each person who passed before completing a training task, as the task's text
	 * asks: named from a short list, certified today for two years.
	 */
	private void certifyPeople(CreatedTask task, SimulatedPartner partner, Map<String, Object> form) {
		CertificationRole role;
		Object certified;
		if (OnboardingProcess.TRAIN_SALES_PEOPLE.equals(task.taskDefinitionKey())) {
			role = CertificationRole.SALES;
			certified = form.get(OnboardingProcess.VAR_SALES_PEOPLE_CERTIFIED);
		}
		else if (OnboardingProcess.TRAIN_TECHNICIANS.equals(task.taskDefinitionKey())) {
			role = CertificationRole.TECHNICAL;
			certified = form.get(OnboardingProcess.VAR_TECHNICIANS_CERTIFIED);
		}
		else {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		for (int n = 0; n < ((Number) certified).intValue(); n++) {
			String name = FIRST_NAMES.get((partner.number() + n) % FIRST_NAMES.size()) + " "
					+ LAST_NAMES.get((partner.number() * 7 + n + role.ordinal()) % LAST_NAMES.size());
			certifications.record(referenceOf(partner), name, role, today, today.plusYears(2), userFor(task, partner));
		}
	}

	void sendApplication(SimulatedPartner partner) {
		String reference = referenceOf(partner);
		try {
			recruitments.submitApplication(reference, partner.applicationFile(), partner.recruiter());
		}
		catch (RuntimeException late) {
			// the application lapsed before the file came: the API answers 409 to the partner
			log.debug("Application of {} refused: {}", reference, late.getMessage());
		}
	}

	void postDeal(SimulatedPartner partner, long amount) {
		String reference = referenceOf(partner);
		try {
			deals.record(reference, "Customer of " + partner.candidate().company(), BigDecimal.valueOf(amount),
					LocalDate.now(clock), partner.recruiter());
		}
		catch (RuntimeException refused) {
			// the partner exited before this deal: the API answers 409
			log.debug("Deal of {} refused: {}", reference, refused.getMessage());
		}
	}

	/** The members of a group, by user id. */
	List<String> members(String group) {
		return membersOfGroup.computeIfAbsent(group,
				g -> identity.createUserQuery().memberOfGroup(g).orderByUserId().asc().list().stream()
					.map(User::getId)
					.toList());
	}

	int listed() {
		return listed;
	}

	/** Candidates refused as listed before (the same seed on the same database). */
	int alreadyListed() {
		return alreadyListed;
	}

	long tasksCompleted() {
		return tasksCompleted;
	}

	long formsRefused() {
		return formsRefused;
	}

	private String referenceOf(SimulatedPartner partner) {
		return references.get(partner.number());
	}

	/** The assignee, the partner's recruiter for the recruiters' tasks, else a member of the task's group. */
	private String userFor(CreatedTask task, SimulatedPartner partner) {
		if (task.assignee() != null) {
			return task.assignee();
		}
		for (IdentityLink link : tasks.getIdentityLinksForTask(task.id())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				if (link.getGroupId().equals(Groups.RECRUITERS)) {
					return partner.recruiter();
				}
				List<String> members = members(link.getGroupId());
				if (!members.isEmpty()) {
					return members.get(partner.number() % members.size());
				}
			}
		}
		return partner.recruiter();
	}

}
