package app.limber.programme;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.wire.Goal;
import app.limber.routine.RoutineQuery;

/**
 * The scheduling rules a programme applies, each with the articles it comes from, or
 * labelled as the planner's own choice where no article gives one.
 */
final class Rules {

	/** Article 000: "even ten minutes a day". */
	static final String TEN_MINUTES_A_DAY = "say-goodbye-to-lower-back-pain";

	/** Article 001: "avoid complete rest"; keep moving. */
	static final String KEEP_MOVING = "how-to-fix-lower-back-and-glute-pain";

	/** Article 002: 2–3 times a week with rest days between; foundations first. */
	static final String TWO_TO_THREE_A_WEEK = "relieve-lower-back-and-glute-pain-with-exercises";

	/** Article 003: a specific time each day, reminders, consistency over intensity. */
	static final String A_TIME_EACH_DAY = "stretches-for-a-flexible-back";

	static final String ARTICLE = "article";

	static final String DEFAULT = "default";

	static final String REQUEST = "request";

	/** Minutes before a session its calendar reminder comes. */
	static final int REMINDER_MINUTES = 10;

	/** Hours from a day's first session to its second. */
	static final int HOURS_TO_SECOND_SESSION = 12;

	private Rules() {
	}

	static List<Programme.Rule> of(ProgrammeQuery query, List<Goal> goals, int strengthDays,
			List<ExerciseEntry> twiceADay, List<String> twiceADaySources, List<String> harder) {
		List<Programme.Rule> rules = new ArrayList<>();
		if (query.minutes() == RoutineQuery.DEFAULT_MINUTES) {
			rules.add(new Programme.Rule("minutes", ARTICLE, List.of(TEN_MINUTES_A_DAY), "Each session is a routine "
					+ "of at most 10 minutes, as article 000 advises: \"even ten minutes a day\"."));
		}
		else {
			rules.add(new Programme.Rule("minutes", REQUEST, List.of(),
					"Each session is a routine of at most " + query.minutes() + " minutes, as asked."));
		}
		if (goals.contains(Goal.STRETCH)) {
			rules.add(new Programme.Rule("stretch-every-day", ARTICLE,
					List.of(TEN_MINUTES_A_DAY, A_TIME_EACH_DAY, KEEP_MOVING),
					"Stretching on every day you can exercise (" + weekdays(query.days()) + "): articles 000 and "
							+ "003 advise stretching daily, consistency over intensity, and article 001 advises "
							+ "against complete rest."));
		}
		if (strengthDays != 0) {
			rules.add(new Programme.Rule("strength-days", ARTICLE, List.of(TWO_TO_THREE_A_WEEK),
					"Strengthening and stabilising on " + Integer.bitCount(strengthDays) + " day"
							+ ((Integer.bitCount(strengthDays) == 1) ? "" : "s") + " a week (" + weekdays(strengthDays)
							+ "), never two days in a row: article 002 advises 2–3 times "
							+ "a week, with rest days in between. The other days stretch only, with no exercise "
							+ "that strengthens or stabilises."));
			if (!harder.isEmpty()) {
				rules.add(new Programme.Rule("foundations-first", ARTICLE, List.of(TWO_TO_THREE_A_WEEK),
						"Foundational movements first: a harder variation (" + String.join(", ", harder)
								+ ") replaces its base only once the base has been done, and never beyond "
								+ "'difficulty'. Article 002 starts with foundational movements and progresses "
								+ "\"once you've mastered\" them."));
				rules.add(progressAfter(query));
			}
		}
		if (!twiceADay.isEmpty()) {
			List<String> names = twiceADay.stream()
				.map((exercise) -> exercise.name().toLowerCase(Locale.ROOT))
				.toList();
			rules.add(new Programme.Rule("twice-a-day", ARTICLE, twiceADaySources,
					"Exercises an article says to do twice a day (" + String.join(", ", names) + ") come twice on "
							+ "the days they appear: a short second session, later that day, repeats just them."));
		}
		rules.add(new Programme.Rule("variety", DEFAULT, List.of(),
				"Each week alternates two selections of each kind of session, drawn from 'seed' and the week: a "
						+ "planner choice. The same request always gives the same programme."));
		rules.add(new Programme.Rule("same-time-and-reminders", ARTICLE, List.of(A_TIME_EACH_DAY),
				"In the calendar feed (programmes.ics), each day's first session starts at the same time ('time'), "
						+ "a second one " + HOURS_TO_SECOND_SESSION + " hours later or as late as the day allows, "
						+ "and each has a reminder " + REMINDER_MINUTES + " minutes before: article 003 advises a "
						+ "specific time each day and reminders."));
		return List.copyOf(rules);
	}

	private static Programme.Rule progressAfter(ProgrammeQuery query) {
		int after = query.progressAfter();
		String basis = query.progressAfterGiven() ? REQUEST : DEFAULT;
		String why = query.progressAfterGiven() ? ", as asked"
				: ": a planner default, as no article says how long (set 'progress-after' to change it)";
		if (after == 0) {
			return new Programme.Rule("progress-after", basis, List.of(),
					"No harder variation replaces its base ('progress-after' is 0).");
		}
		return new Programme.Rule("progress-after", basis, List.of(),
				"A harder variation may come in from week " + (after + 1) + ", after " + after + " week"
						+ ((after == 1) ? "" : "s") + " of foundations" + why
						+ ((after >= query.weeks()) ? "; that is after this programme's last week." : "."));
	}

	/**
	 * Days of the week as the contract spells them, Monday first.
	 * @param days the days, as bits of {@link DayOfWeek#ordinal()}
	 * @return the days, comma-separated
	 */
	static String weekdays(int days) {
		List<String> names = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			if ((days & (1 << day.ordinal())) != 0) {
				names.add(weekday(day));
			}
		}
		return String.join(", ", names);
	}

	static String weekdays(Set<DayOfWeek> days) {
		return String.join(", ", days.stream().sorted().map(Rules::weekday).toList());
	}

	static String weekday(DayOfWeek day) {
		return ProgrammeQueryBinder.WEEKDAYS.get(day.ordinal());
	}

}
