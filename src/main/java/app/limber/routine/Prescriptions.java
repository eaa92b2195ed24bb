package app.limber.routine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.limber.catalogue.model.DosageEntry;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.model.Range;

/**
 * What an exercise's dosage allows in one session, from the least to the most, and the
 * intervals a timer shows for it. Every number is within the range of one article's
 * dosage; where no article gives numbers there is a single stated default.
 */
final class Prescriptions {

	/** Time to get from one exercise to the next. */
	static final int TRANSITION_SECONDS = 10;

	/**
	 * The longest rest between rounds: the one minute article 004 rests between sets of
	 * glute bridges. A rest between rounds is never shorter than a transition.
	 */
	static final int MAX_ROUND_REST_SECONDS = 60;

	// Used only where no article gives numbers for an exercise: article 002 holds each
	// of its stretches for 30 seconds and gives 10 repetitions at the low end for its
	// strength exercises.
	static final int DEFAULT_STRETCH_HOLD = 30;

	static final int DEFAULT_REPETITIONS = 10;

	// Holds within an article's range are raised in steps a person can count.
	private static final int HOLD_STEP = 5;

	private Prescriptions() {
	}

	/**
	 * Every prescription an exercise's dosages allow, shortest first, one per length:
	 * sets, repetitions and holds anywhere within one article's ranges, holds in 5-second
	 * steps. A single stated default when no article gives numbers.
	 * @param exercise the exercise
	 * @return at least one prescription
	 */
	static List<Routine.Prescription> ladder(ExerciseEntry exercise) {
		int sides = exercise.perSide() ? 2 : 1;
		List<Routine.Prescription> ladder = new ArrayList<>();
		for (DosageEntry dosage : exercise.dosages()) {
			if (!dosage.isTimed()) {
				continue;
			}
			Range sets = orOne(dosage.sets());
			Range reps = orOne(dosage.reps());
			for (int s = sets.min(); s <= sets.max(); s++) {
				for (int r = reps.min(); r <= reps.max(); r++) {
					for (Integer hold : holds(dosage.holdSeconds())) {
						Integer rest = (s > 1) ? dosage.restSeconds() : null;
						ladder.add(new Routine.Prescription(s, r, hold, sides, rest, "article", dosage.source(),
								describe(s, r, hold, sides, rest) + range(dosage)));
					}
				}
			}
		}
		if (ladder.isEmpty()) {
			ladder.add(stated(exercise, sides));
		}
		ladder.sort(Comparator.comparingInt(Prescriptions::seconds));
		List<Routine.Prescription> distinct = new ArrayList<>();
		for (Routine.Prescription prescription : ladder) {
			if (distinct.isEmpty() || seconds(distinct.get(distinct.size() - 1)) < seconds(prescription)) {
				distinct.add(prescription);
			}
		}
		return List.copyOf(distinct);
	}

	private static Routine.Prescription stated(ExerciseEntry exercise, int sides) {
		boolean stretch = exercise.serves(Goal.STRETCH) && !exercise.serves(Goal.STRENGTHEN);
		if (stretch) {
			return new Routine.Prescription(1, 1, DEFAULT_STRETCH_HOLD, sides, null, "default", null, describe(1, 1,
					DEFAULT_STRETCH_HOLD, sides, null)
					+ " No article gives a number for this exercise; this is the 30-second hold article 002 gives its stretches.");
		}
		return new Routine.Prescription(1, DEFAULT_REPETITIONS, null, sides, null, "default", null, describe(1,
				DEFAULT_REPETITIONS, null, sides, null)
				+ " No article gives a number for this exercise; this is the low end article 002 gives its strength exercises.");
	}

	/**
	 * How long a prescription takes: every repetition's hold plus the movement, on each
	 * side, and the rest between sets.
	 */
	static int seconds(Routine.Prescription prescription) {
		return DosageEntry.seconds(prescription.sets(), prescription.sides(), prescription.reps(),
				prescription.holdSeconds(), prescription.restSeconds());
	}

	/**
	 * The intervals of one prescription, in order: each set on each side, one interval
	 * per held repetition or one for a set of repetitions without a hold, and the rest
	 * between sets. Their seconds add up to {@link #seconds(Routine.Prescription)}.
	 */
	static List<Routine.Interval> work(Routine.Prescription prescription) {
		List<Routine.Interval> intervals = new ArrayList<>();
		Integer hold = prescription.holdSeconds();
		int reps = prescription.reps();
		for (int set = 1; set <= prescription.sets(); set++) {
			if (set > 1 && prescription.restSeconds() != null) {
				intervals.add(Routine.Interval.rest(prescription.restSeconds()));
			}
			Integer setNumber = (prescription.sets() > 1) ? set : null;
			for (int side = 0; side < prescription.sides(); side++) {
				String sideName = (prescription.sides() == 1) ? null : (side == 0) ? "left" : "right";
				if (hold == null) {
					intervals.add(Routine.Work.of(reps * DosageEntry.SECONDS_PER_REPETITION, sideName, setNumber, null,
							reps, null));
					continue;
				}
				for (int rep = 1; rep <= reps; rep++) {
					intervals.add(Routine.Work.of(hold + DosageEntry.SECONDS_PER_REPETITION, sideName, setNumber, rep,
							reps, hold));
				}
			}
		}
		return List.copyOf(intervals);
	}

	private static Range orOne(Range range) {
		return (range != null) ? range : new Range(1, 1);
	}

	private static List<Integer> holds(Range range) {
		List<Integer> holds = new ArrayList<>();
		if (range == null) {
			holds.add(null);
			return holds;
		}
		for (int hold = range.min(); hold < range.max(); hold = (hold / HOLD_STEP + 1) * HOLD_STEP) {
			holds.add(hold);
		}
		holds.add(range.max());
		return holds;
	}

	// The article's range, where it gives one, so the reader sees where this session
	// sits.
	private static String range(DosageEntry dosage) {
		List<String> ranges = new ArrayList<>();
		spread(ranges, dosage.sets(), " sets");
		spread(ranges, dosage.reps(), " repetitions");
		spread(ranges, dosage.holdSeconds(), " s holds");
		return ranges.isEmpty() ? "" : " The article gives " + String.join(" and ", ranges) + ".";
	}

	private static void spread(List<String> ranges, Range range, String unit) {
		if (range != null && range.min() < range.max()) {
			ranges.add(range.min() + "–" + range.max() + unit);
		}
	}

	private static String describe(int sets, int reps, Integer hold, int sides, Integer rest) {
		StringBuilder text = new StringBuilder();
		if (sets > 1) {
			text.append(sets).append(" sets of ");
		}
		if (reps > 1 || hold == null) {
			text.append(reps).append((reps == 1) ? " repetition" : " repetitions");
			if (hold != null) {
				text.append(", holding each ").append(hold).append(" s");
			}
		}
		else {
			text.append("Hold ").append(hold).append(" s");
		}
		if (sides == 2) {
			text.append(", each side");
		}
		if (rest != null) {
			text.append("; rest ").append(rest).append(" s between sets");
		}
		String sentence = text.append('.').toString();
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

}
