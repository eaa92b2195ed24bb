package app.limber.catalogue.model;

/**
 * How a list of exercises is ordered: by relevance to the search, or by name, difficulty
 * or estimated duration, ascending or descending. Ties always fall back to name, then
 * slug, ascending, so every order is stable; exercises without an estimated duration come
 * last either way.
 *
 * @param by what to order by
 * @param ascending whether ascending
 */
public record ExerciseOrder(By by, boolean ascending) {

	/** By name, A to Z. */
	public static final ExerciseOrder NAME = new ExerciseOrder(By.NAME, true);

	/** Best search matches first. */
	public static final ExerciseOrder RELEVANCE = new ExerciseOrder(By.RELEVANCE, true);

	/** What exercises can be ordered by. */
	public enum By {

		/** Best search matches first (by name without a search). */
		RELEVANCE,

		/** Alphabetical by name. */
		NAME,

		/** Beginner, intermediate, advanced. */
		DIFFICULTY,

		/** Estimated duration. */
		DURATION

	}

}
