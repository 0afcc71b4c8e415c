package io.partnerflow.simulation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerSource;
import io.partnerflow.recruitment.ApplicationFileData;

/**
 * One simulated candidate: its company and what will happen to it, drawn once from the seed and its
 * number, so a run is repeatable whatever order the engine hands out the work in. A partner of
 * today's work also has its {@code story} (else null).
 */
record SimulatedPartner(int number, CandidateData candidate, String recruiter, Duration listedAfter,
		boolean interested, boolean sendsApplication, boolean applicationThroughApi, boolean goodApplication,
		boolean performs, Duration firstDealAfterSignature, int extraDeals, boolean extendedAtFirstReview,
		boolean keptByException, TodaysWork.Story story) {

	/** The lowest revenue the selection criteria accept. */
	private static final long ELIGIBLE_REVENUE = 500_000;

	private static final List<String> NAMES = List.of("Alpine", "Atlantic", "Boreal", "Cobalt", "Delta", "Ember",
			"Fjord", "Granite", "Harbour", "Indigo", "Juniper", "Keystone", "Lumen", "Meridian", "Northwind", "Orchid",
			"Pinnacle", "Quartz", "Riviera", "Summit", "Tessera", "Umbra", "Vertex", "Willow", "Zenith");

	private static final List<String> TRADES = List.of("Systems", "Informatique", "Solutions", "Services",
			"Distribution", "Conseil", "Networks", "Digital", "Integration", "Technologies");

	private static final List<String> CITIES = List.of("Lyon", "Lille", "Nantes", "Rennes", "Bordeaux", "Toulouse",
			"Marseille", "Nice", "Grenoble", "Dijon", "Metz", "Nancy", "Reims", "Rouen", "Caen", "Brest", "Tours",
			"Orleans", "Limoges", "Poitiers", "Angers", "Le Mans", "Amiens", "Besancon", "Clermont", "Montpellier",
			"Nimes", "Perpignan", "Pau", "Bayonne", "Annecy", "Chambery", "Valence", "Avignon", "Toulon", "Strasbourg",
			"Mulhouse", "Colmar", "Troyes", "Vannes");

	/** Names are unique within a run of up to this many candidates (then numbered). */
	private static final int NAMES_PER_RUN = 10_000;

	private static final List<String> COUNTRIES = List.of("FR", "FR", "FR", "BE", "CH", "DE", "ES", "IT", "NL");

	private static final List<String> MARKETS = List.of("Retail", "Manufacturing", "Healthcare", "Public sector",
			"Banking", "Logistics", "Education", "Hospitality");

	private static final List<String> FIRST_NAMES = List.of("Anne", "Bruno", "Chloe", "David", "Elise", "Fabien",
			"Gaelle", "Hugo", "Ines", "Julien", "Karine", "Louis", "Manon", "Nicolas", "Odile", "Pierre");

	private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert",
			"Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel");

	/**
	 * Draws candidate {@code number} of a run; recruiters take candidates in turn. What happens to it
	 * depends on the seed only; its name also on the first day, so one seed can run twice on a database.
	 */
	static SimulatedPartner draw(SimulationSettings settings, long startDay, int number, List<String> recruiters) {
		SplittableRandom random = new SplittableRandom(Seeds.mix(settings.seed(), number, "partner"));
		String company = companyName(number, Seeds.mix(settings.seed(), startDay, "names"));
		String slug = company.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + settings.seed() + "-" + startDay + "-"
				+ number;
		// a tenth of the candidates miss a selection criterion
		boolean eligible = random.nextDouble() >= 0.1;
		long revenue = eligible ? ELIGIBLE_REVENUE + (long) (Math.exp(random.nextDouble(0, 3.2)) * 400_000)
				: 100_000 + random.nextLong(390_000);
		CandidateData candidate = new CandidateData(company, pick(random, COUNTRIES), pick(random, MARKETS),
				pick(random, List.of(PartnerCategory.values())), pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES),
				"contact@" + slug + ".example", "https://www." + slug + ".example", revenue, 2 + random.nextInt(12),
				1 + random.nextInt(8), random.nextInt(25),
				// drawn apart, so that the other draws of a seed stay what they were before sources
				pick(new SplittableRandom(Seeds.mix(settings.seed(), number, "source")), List.of(PartnerSource.values())));
		boolean performs = random.nextDouble() >= settings.failToPerformShare();
		// most first deals come within the plan; some after day 100, a few only at the reviews
		long firstDealDays = performs ? 20 + (long) Math.min(240, -70 * Math.log(1 - random.nextDouble())) : 0;
		return new SimulatedPartner(number, candidate, recruiters.get(number % recruiters.size()),
				Duration.ofMinutes(random.nextLong(settings.arrivalDays() * 24L * 60)), random.nextDouble() < 0.75,
				random.nextDouble() < 0.8, random.nextBoolean(), random.nextDouble() < 0.75, performs,
				Duration.ofDays(firstDealDays).plusHours(9 + random.nextInt(8)), performs ? random.nextInt(4) : 0,
				random.nextDouble() < settings.extendAtFirstReviewShare(),
				random.nextDouble() < settings.keepByExceptionShare(), null);
	}

	/**
	 * This candidate as a partner of today's work, with {@code recruiter}: eligible, interested, its
	 * file sent and good, no deal yet; its story says when each step happened.
	 */
	SimulatedPartner living(TodaysWork.Story story, String recruiter) {
		long revenue = Math.max(candidate.annualRevenue() >= ELIGIBLE_REVENUE ? candidate.annualRevenue()
				: candidate.annualRevenue() + ELIGIBLE_REVENUE, story.annualRevenue());
		CandidateData eligible = revenue == candidate.annualRevenue() ? candidate
				: new CandidateData(candidate.company(), candidate.country(), candidate.market(), candidate.category(),
						candidate.contactName(), candidate.contactEmail(), candidate.website(), revenue,
						candidate.salesStaff(), candidate.technicalStaff(), candidate.competingSuppliers(), candidate.source());
		return new SimulatedPartner(number, eligible, recruiter, Duration.ZERO, true, true, applicationThroughApi, true,
				false, Duration.ZERO, 0, false, false, story);
	}

	/** The file the candidate sends: through the API, or recorded by its recruiter in Tasklist. */
	ApplicationFileData applicationFile() {
		return new ApplicationFileData("Our customers ask for " + candidate.market() + " solutions",
				candidate.salesStaff() + " sales people, " + candidate.technicalStaff() + " technicians",
				"Our installed base in " + candidate.country(), "Bundle the offer with our services",
				"A leader of its market in its region", "About 1 MEUR in three years");
	}

	/** A name no other candidate of the run has: a different one for each number, shifted by {@code shift}. */
	static String companyName(int number, long shift) {
		int n = (int) Math.floorMod(number + shift, NAMES_PER_RUN);
		String name = NAMES.get(n % NAMES.size()) + " " + TRADES.get(n / NAMES.size() % TRADES.size()) + " "
				+ CITIES.get(n / (NAMES.size() * TRADES.size()) % CITIES.size());
		return number < NAMES_PER_RUN ? name : name + " " + (number / NAMES_PER_RUN + 1);
	}

	private static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
