package app.limber.catalogue.model;

/**
 * How much of an exercise one article prescribes. A number the article does not give is
 * {@code null}.
 *
 * @param source the slug of the article
 * @param sets how many sets
 * @param reps repetitions per set (per side when one-sided)
 * @param holdSeconds how long to hold each repetition
 * @param restSeconds rest between sets
 * @param frequency how often, in the article's words
 */
public record DosageEntry(String source, Range sets, Range reps, Range holdSeconds, Integer restSeconds,
		String frequency) {

	/** Time to move into and out of one repetition, on top of any hold. */
	public static final int SECONDS_PER_REPETITION = 2;

	/**
	 * How long an amount of exercise takes: every repetition's hold plus
	 * {@value #SECONDS_PER_REPETITION} seconds of movement, on each side, and the rest
	 * between sets.
	 * @param sets how many sets
	 * @param sides 2 for a one-sided exercise done on each side, else 1
	 * @param reps repetitions per set and side
	 * @param holdSeconds the hold of each repetition, or {@code null} for none
	 * @param restSeconds the rest between sets, or {@code null} for none
	 * @return the time in seconds
	 */
	public static int seconds(int sets, int sides, int reps, Integer holdSeconds, Integer restSeconds) {
		int hold = (holdSeconds != null) ? holdSeconds : 0;
		int rest = (restSeconds != null) ? restSeconds * (sets - 1) : 0;
		return sets * sides * reps * (hold + SECONDS_PER_REPETITION) + rest;
	}

	/**
	 * Whether the article gives repetitions or a hold: numbers a session can be timed by.
	 * @return {@code true} if it does
	 */
	public boolean isTimed() {
		return this.reps != null || this.holdSeconds != null;
	}

}
