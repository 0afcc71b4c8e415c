package io.partnerflow.simulation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.partnerflow.leads.Lead;
import io.partnerflow.leads.LeadProcess;
import io.partnerflow.leads.LeadRequest;
import io.partnerflow.leads.Leads;
import io.partnerflow.leads.PartnerLeads;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.simulation.CreatedTasks.CreatedTask;
import io.partnerflow.system.EngineClock;
import io.partnerflow.system.Groups;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.ProblemException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leads of a run, as the lead cell and the partners handle them: the cell records leads through
 * the API's service over the period (after the first contracts are signed) and confirms in Tasklist
 * the partner the routing proposes, preferring the run's own partners; each partner accepts, declines
 * or keeps silent, and one that accepts reports its progress, makes an offer (its deal registration,
 * which its recruiter or a manager approves), asks pre-sales for help, and wins the lead if it is a
 * partner that performs, else loses it or falls silent. A lead that comes back is offered once more,
 * then closed. Leads stop arriving 120 days before the end, so every lead's story ends within the
 * period; today's work adds leads that leave the lead cell its tasks ({@link #todays}).
 */
final class SimulatedLeads {

	private static final Logger log = LoggerFactory.getLogger(SimulatedLeads.class);

	/** A lead arrives for every this many partners of the run. */
	private static final int PARTNERS_PER_LEAD = 3;

	/** Leads arrive from this many days after the start (contracts are signed by then)... */
	private static final int FIRST_DAY = 60;

	/** ...to this many days before the end, so that their stories end within the period. */
	private static final int QUIET_DAYS = 120;

	private static final List<String> CUSTOMERS = List.of("Hôtel", "Clinique", "Mairie", "Lycée", "Banque", "Transports",
			"Maison", "Groupe", "Atelier", "Pharmacie");

	private static final List<String> PLACES = List.of("du Lac", "des Alpes", "Saint-Michel", "du Port", "Belle-Vue",
			"des Tilleuls", "du Centre", "Horizon", "du Parc", "de la Gare");

	private static final List<String> PROJECTS = List.of("Point-of-sale renewal", "Network upgrade", "Booking system",
			"Document management", "Workstations refresh", "Data backup", "Customer portal");

	private static final List<String> SOURCES = List.of("Trade fair", "Web form", "Inbound call", "Marketing campaign",
			"Customer referral");

	private static final List<String> COUNTRIES = List.of("FR", "FR", "FR", "FR", "BE", "CH", "DE", "ES", "IT", "NL");

	private static final List<String> MARKETS = List.of("Retail", "Manufacturing", "Healthcare", "Public sector",
			"Banking", "Logistics", "Education", "Hospitality");

	/** A partner's reference among the confirmation form's choices (a JSON list of label and value). */
	private static final Pattern CHOICE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"");

	/** The lead cell's member in the demo, who confirms partners and decides on returned leads. */
	private static final String LEAD_CELL = "lena";

	private final SimulationSettings settings;

	private final Agenda agenda;

	private final People people;

	private final Leads leads;

	private final PartnerLeads partnerLeads;

	private final PartnerService partners;

	private final TaskService tasks;

	private final FormService forms;

	private final IdentityService identity;

	private final EngineClock clock;

	/** Each lead of the run by reference, with its number; today's leads, whose tasks stay open. */
	private final Map<String, Integer> numbers = new HashMap<>();

	private final Set<String> todays = new HashSet<>();

	/** How many times each lead came back to the cell. */
	private final Map<String, Integer> returns = new HashMap<>();

	private int drawn;

	SimulatedLeads(SimulationSettings settings, Agenda agenda, People people, Leads leads, PartnerLeads partnerLeads,
			PartnerService partners, TaskService tasks, FormService forms, IdentityService identity, EngineClock clock) {
		this.partners = partners;
		this.settings = settings;
		this.agenda = agenda;
		this.people = people;
		this.leads = leads;
		this.partnerLeads = partnerLeads;
		this.tasks = tasks;
		this.forms = forms;
		this.identity = identity;
		this.clock = clock;
	}

	/** Plans the arrivals of the run's leads, evenly spread over the part of the period that fits them. */
	void plan(Instant start, Instant end) {
		Instant from = start.plus(Duration.ofDays(FIRST_DAY));
		Instant to = end.minus(Duration.ofDays(QUIET_DAYS));
		int count = settings.partners() / PARTNERS_PER_LEAD;
		if (count == 0 || !from.isBefore(to)) {
			return;
		}
		long span = Duration.between(from, to).toMinutes();
		for (int n = 0; n < count; n++) {
			SplittableRandom random = random(n, "arrival");
			Instant at = from.plus(Duration.ofMinutes(span * n / count + random.nextLong(Math.max(1, span / count))));
			int number = drawn++;
			agenda.plan(at, () -> record(number, draw(number, null), false));
		}
	}

	/**
	 * Today's work of the lead cell: two leads recorded today and yesterday, of the country, market and
	 * category of one of the run's signed partners, waiting for lena to confirm their partner; and one of
	 * a country where no partner is signed, back in the cell for her decision.
	 */
	void todays(Instant end) {
		for (Duration ago : List.of(Duration.ofHours(20), Duration.ofHours(3))) {
			int number = drawn++;
			agenda.plan(end.minus(ago), () -> record(number, forASignedPartner(number), true));
		}
		int number = drawn++;
		agenda.plan(end.minus(Duration.ofHours(30)), () -> record(number, draw(number, "PT"), true));
	}

	/** A lead that one of the run's signed partners can take (the one its number picks), else as drawn. */
	private LeadRequest forASignedPartner(int number) {
		LeadRequest drawn = draw(number, null);
		List<Partner> signed = people.references()
			.stream()
			.map(partners::get)
			.filter(partner -> partner.getContractSignedAt() != null && partner.getExitedAt() == null
					&& partner.getStatus() != PartnerStatus.EXIT_REVIEW)
			.toList();
		if (signed.isEmpty()) {
			return drawn;
		}
		Partner partner = signed.get(number % signed.size());
		return new LeadRequest(drawn.customerCompany(), partner.getCountry(), drawn.project(), partner.getMarket(),
				partner.getCategory(), drawn.estimatedValue(), drawn.source());
	}

	private void record(int number, LeadRequest request, boolean today) {
		Lead lead = leads.record(request, LEAD_CELL);
		numbers.put(lead.getReference(), number);
		if (today) {
			todays.add(lead.getReference());
		}
	}

	/** Whether the task is one of a lead of this run (the lead cell's or pre-sales'). */
	boolean owns(String businessKey) {
		return businessKey != null && numbers.containsKey(businessKey);
	}

	/** Answers a task of one of the run's leads, as the lead cell or pre-sales would; today's stay open. */
	void answer(CreatedTask task, String reference) {
		Integer number = numbers.get(reference);
		String key = task.taskDefinitionKey();
		if (number == null || todays.contains(reference) && !key.equals(LeadProcess.SUPPORT_OFFER)) {
			return;
		}
		SplittableRandom random = random(number, key + returns.getOrDefault(reference, 0));
		Instant appeared = task.createTime();
		switch (key) {
			case LeadProcess.CONFIRM_PARTNER -> agenda.plan(appeared.plus(Duration.ofMinutes(60 + random.nextLong(8 * 60))),
					() -> confirm(task, reference, number));
			case LeadProcess.DECIDE_RETURNED_LEAD -> {
				int back = returns.merge(reference, 1, Integer::sum);
				agenda.plan(appeared.plus(Duration.ofHours(4 + random.nextInt(20))), () -> submit(task, LEAD_CELL,
						back == 1 ? Map.of(LeadProcess.VAR_RETURNED_LEAD_DECISION, LeadProcess.DECISION_OFFER)
								: Map.of(LeadProcess.VAR_RETURNED_LEAD_DECISION, LeadProcess.DECISION_CLOSE,
										LeadProcess.VAR_CLOSE_NOTE, "No partner of ours can take it: the customer is told")));
			}
			case LeadProcess.SUPPORT_OFFER -> agenda.plan(appeared.plus(Duration.ofHours(24 + random.nextInt(72))),
					() -> submit(task, salesPerson(number), Map.of(LeadProcess.VAR_PRESALES_SUMMARY,
							"Sized the solution with the partner and joined its customer meeting")));
			default -> {
			}
		}
	}

	/** Lena confirms the partner proposed, or the first of the run's eligible partners; then the partner answers. */
	private void confirm(CreatedTask task, String reference, int number) {
		if (tasks.createTaskQuery().taskId(task.id()).count() == 0) {
			return;
		}
		String proposed = (String) tasks.getVariable(task.id(), LeadProcess.VAR_ASSIGNED_PARTNER);
		long leadId = ((Number) tasks.getVariable(task.id(), LeadProcess.VAR_LEAD_ID)).longValue();
		String chosen = proposed;
		if (people.listedAs(proposed) == null || leads.refusal(leadId, proposed).isPresent()) {
			chosen = eligibleOfTheRun(task, leadId).orElse(proposed);
		}
		if (submit(task, LEAD_CELL, Map.of(LeadProcess.VAR_ASSIGNED_PARTNER, chosen))) {
			react(reference, chosen, number, Instant.now(clock));
		}
	}

	/** The first of the choices the form offers that is a partner of this run the lead may go to. */
	private Optional<String> eligibleOfTheRun(CreatedTask task, long leadId) {
		Object choices = tasks.getVariable(task.id(), LeadProcess.VAR_ELIGIBLE_PARTNERS);
		if (choices == null) {
			return Optional.empty();
		}
		Matcher value = CHOICE.matcher(choices.toString());
		while (value.find()) {
			String reference = value.group(1);
			if (people.listedAs(reference) != null && leads.refusal(leadId, reference).isEmpty()) {
				return Optional.of(reference);
			}
		}
		return Optional.empty();
	}

	/**
	 * The partner's answer to the lead offered to it, and what follows: only the run's partners answer
	 * (another one keeps silent and the lead passes on when its window closes).
	 */
	private void react(String reference, String partnerReference, int number, Instant offered) {
		SimulatedPartner partner = people.listedAs(partnerReference);
		if (partner == null) {
			return;
		}
		SplittableRandom random = random(number, "answer of " + partnerReference);
		double roll = random.nextDouble();
		boolean performs = partner.performs();
		if (roll < (performs ? 0.75 : 0.4)) {
			Instant accepted = offered.plus(Duration.ofHours(2 + random.nextInt(36)));
			agenda.plan(accepted, () -> act(() -> partnerLeads.accept(partnerReference, reference, PartnerService.CONTACT_ACTOR)));
			follow(reference, partnerReference, performs, accepted, random);
		}
		else if (roll < (performs ? 0.85 : 0.7)) {
			agenda.plan(offered.plus(Duration.ofHours(1 + random.nextInt(30))), () -> act(() -> partnerLeads
				.decline(partnerReference, reference, "No one free for this customer this month", PartnerService.CONTACT_ACTOR)));
		}
		// else silent: the window passes and the lead goes to the next partner
	}

	/** An accepted lead: contacted, then won through its registration by a partner that performs, else lost or silent. */
	private void follow(String reference, String partner, boolean performs, Instant accepted, SplittableRandom random) {
		Instant contacted = accepted.plus(TaskBehaviour.days(random, 2, 6));
		agenda.plan(contacted, () -> act(() -> partnerLeads.contacted(partner, reference, PartnerService.CONTACT_ACTOR)));
		if (random.nextDouble() < 0.3) {
			agenda.plan(accepted.plus(TaskBehaviour.days(random, 1, 4)), () -> act(() -> partnerLeads.askPresales(partner,
					reference, "Help us size the solution and present it to the customer", PartnerService.CONTACT_ACTOR)));
		}
		if (performs) {
			Instant offer = contacted.plus(TaskBehaviour.days(random, 4, 12));
			BigDecimal value = BigDecimal.valueOf(10_000 + random.nextInt(150_000));
			agenda.plan(offer, () -> act(() -> partnerLeads.offerMade(partner, reference, value,
					LocalDate.now(clock).plusDays(30 + random.nextInt(30)), PartnerService.CONTACT_ACTOR)));
			// won once its registration is approved (its review takes 1 to 3 days)
			agenda.plan(offer.plus(TaskBehaviour.days(random, 6, 14)), () -> act(() -> partnerLeads.won(partner, reference,
					value, LocalDate.now(clock), PartnerService.CONTACT_ACTOR)));
		}
		else if (random.nextBoolean()) {
			agenda.plan(contacted.plus(TaskBehaviour.days(random, 7, 12)), () -> act(() -> partnerLeads.lost(partner,
					reference, "The customer chose a competitor's offer", PartnerService.CONTACT_ACTOR)));
		}
		// else it falls silent: reminded, then the lead is taken back
	}

	/** A partner's action; a refusal the lead's state explains (it moved on meanwhile) is no failure of the run. */
	private void act(Runnable action) {
		try {
			action.run();
		}
		catch (ProblemException | BadRequestException refused) {
			log.debug("A simulated partner's action on a lead was refused: {}", refused.getMessage());
		}
	}

	/**
	 * Submits the task's form as the user, with its groups, unless the task ended meanwhile; a refused form
	 * fails the planned action, which the run counts ({@link Agenda}).
	 */
	private boolean submit(CreatedTask task, String user, Map<String, Object> form) {
		if (tasks.createTaskQuery().taskId(task.id()).count() == 0) {
			return false;
		}
		identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
			.map(Group::getId).toList());
		try {
			forms.submitTaskForm(task.id(), form);
			return true;
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private String salesPerson(int number) {
		List<String> sales = people.members(Groups.SALES);
		return sales.isEmpty() ? LEAD_CELL : sales.get(number % sales.size());
	}

	/** The lead {@code number} of the run, its customer in {@code country} when given (else drawn). */
	private LeadRequest draw(int number, String country) {
		SplittableRandom random = random(number, "lead");
		String customer = pick(random, CUSTOMERS) + " " + pick(random, PLACES) + " " + (number + 1);
		return new LeadRequest(customer, country != null ? country : pick(random, COUNTRIES), pick(random, PROJECTS),
				pick(random, MARKETS), pick(random, List.of(PartnerCategory.values())),
				BigDecimal.valueOf(5_000 + random.nextInt(195_000)), pick(random, SOURCES));
	}

	private SplittableRandom random(int number, String what) {
		return new SplittableRandom(Seeds.mix(settings.seed(), 1_000_000L + number, what));
	}

	private static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
