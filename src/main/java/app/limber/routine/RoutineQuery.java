package app.limber.routine;

import java.util.List;

import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.wire.Goal;
import app.limber.web.FilterParameters;

/**
 * A request for a routine, as {@link RoutineQueryBinder} read it.
 *
 * @param minutes the time budget
 * @param filter the filters every exercise must pass (the goals to cover among them)
 * @param seed picks a different but reproducible selection
 */
public record RoutineQuery(int minutes, ExerciseFilter filter, int seed) {

	/** The largest time budget. */
	public static final int MAX_MINUTES = 90;

	/** The time budget when none is given. */
	public static final int DEFAULT_MINUTES = 10;

	/** Where a routine is answered. */
	public static final String PATH = "/api/v1/routines";

	/**
	 * The goals to cover, in the contract's order.
	 * @return those asked for, else all three; none that is avoided
	 */
	List<Goal> goals() {
		List<Goal> asked = this.filter.values(Filter.GOAL, Goal.class);
		List<Goal> avoided = this.filter.values(Filter.AVOID_GOAL, Goal.class);
		return (asked.isEmpty() ? List.of(Goal.values()) : asked).stream()
			.filter((goal) -> !avoided.contains(goal))
			.sorted()
			.distinct()
			.toList();
	}

	/**
	 * The relative link that answers this very routine: every parameter written out,
	 * defaults too, so that the link gives the same routine whatever the defaults become.
	 * @return {@code /api/v1/routines?minutes=…&…&seed=…}
	 */
	public String link() {
		return linkBeforeSeed(this.minutes, this.filter) + this.seed;
	}

	/**
	 * The link of the routines of a budget and filters, up to the seed, whose value ends
	 * it: for many links that differ only by their seed.
	 * @param minutes the budget
	 * @param filter the filters
	 * @return {@code /api/v1/routines?minutes=…&…&seed=}
	 */
	public static String linkBeforeSeed(int minutes, ExerciseFilter filter) {
		StringBuilder link = new StringBuilder(PATH.length() + 64).append(PATH)
			.append("?minutes=")
			.append(minutes)
			.append('&');
		FilterParameters.appendTo(link, filter, null);
		return link.append("seed=").toString();
	}

}
