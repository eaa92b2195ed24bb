package app.limber.routine;

import java.util.List;

import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.wire.Goal;

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

	/**
	 * The goals to cover, in the contract's order.
	 * @return those asked for, else all three
	 */
	List<Goal> goals() {
		List<Goal> goals = this.filter.values(Filter.GOAL, Goal.class);
		return goals.isEmpty() ? List.of(Goal.values()) : goals.stream().sorted().distinct().toList();
	}

}
