package io.partnerflow.onboarding;

import java.time.Instant;
import java.util.List;

/**
 * The leads passed to a partner, as the module that distributes leads counts them (it implements this
 * interface; the plan depends on no such module): the 100-day plan reports the leads passed during it
 * (the lead campaign's task, the plan's facts in the day-100 and exit reviews), never a count typed in.
 */
public interface PlanLeads {

	/** The leads offered to the partner from {@code from} (included) to {@code to} (excluded). */
	Passed passedTo(String reference, Instant from, Instant to);

	/**
	 * Leads passed to a partner: how many, how many it accepted and won, and each lead in a line
	 * ({@code L-2027-00012 Hôtel Lumière, Booking system: won}).
	 */
	record Passed(int passed, int accepted, int won, List<String> leads) {

		public static final Passed NONE = new Passed(0, 0, 0, List.of());

		public Passed {
			leads = List.copyOf(leads);
		}

		/** In words, as the plan's facts show them. */
		public String summary() {
			return passed == 0 ? "No lead passed"
					: "%d lead%s passed, %d accepted, %d won".formatted(passed, passed == 1 ? "" : "s", accepted, won)
							+ leads.stream().map(lead -> "\n- " + lead).reduce("", String::concat);
		}

	}

}
