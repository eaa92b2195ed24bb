package app.limber.routine;

import app.limber.catalogue.DosageEntry;
import app.limber.catalogue.ExerciseEntry;
import app.limber.catalogue.Goal;
import app.limber.catalogue.Range;

/**
 * Turns an exercise's dosage into what to do in one session, and how long that takes. A
 * session uses the lower end of the article's ranges: a routine should be safe to follow
 * as written, and a beginner can always do more.
 */
final class Prescriptions {

	/** Time to get from one exercise to the next. */
	static final int TRANSITION_SECONDS = 10;

	// Used only where no article gives numbers for an exercise: article 002 holds each
	// of its stretches for 30 seconds and gives 10 repetitions at the low end for its
	// strength exercises.
	static final int DEFAULT_STRETCH_HOLD = 30;

	static final int DEFAULT_REPETITIONS = 10;

	private Prescriptions() {
	}

	static Routine.Prescription of(ExerciseEntry exercise) {
		int sides = exercise.perSide() ? 2 : 1;
		DosageEntry dosage = exercise.dosage();
		if (dosage != null && dosage.isTimed()) {
			int sets = low(dosage.sets(), 1);
			int reps = low(dosage.reps(), 1);
			Integer hold = (dosage.holdSeconds() != null) ? dosage.holdSeconds().min() : null;
			Integer rest = (sets > 1) ? dosage.restSeconds() : null;
			return new Routine.Prescription(sets, reps, hold, sides, rest, "article",
					describe(sets, reps, hold, sides, rest));
		}
		boolean stretch = exercise.serves(Goal.STRETCH) && !exercise.serves(Goal.STRENGTHEN);
		if (stretch) {
			return new Routine.Prescription(1, 1, DEFAULT_STRETCH_HOLD, sides, null, "default", describe(1, 1,
					DEFAULT_STRETCH_HOLD, sides, null)
					+ " No article gives a number for this exercise; this is the 30-second hold article 002 gives its stretches.");
		}
		return new Routine.Prescription(1, DEFAULT_REPETITIONS, null, sides, null, "default", describe(1,
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

	private static int low(Range range, int fallback) {
		return (range != null) ? range.min() : fallback;
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
