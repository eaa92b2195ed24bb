package app.limber.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.wire.Goal;

/**
 * What a routine says when the filters or the budget leave it empty or short: the filter
 * to change, or the minutes needed. Only asked for when something is missing, so it may
 * run the catalogue's filter a few more times.
 */
final class Explanations {

	private Explanations() {
	}

	/**
	 * A filter and how many more exercises would match without it.
	 *
	 * @param parameter the query parameter
	 * @param added how many more would match
	 */
	record Relaxed(String parameter, int added) {
	}

	static String tooShort(String name, int seconds, int minutes) {
		return "The shortest matching exercise, " + name + ", takes " + seconds + " s, more than " + minutes + " minute"
				+ ((minutes == 1) ? "" : "s") + ": allow at least " + ((seconds + 59) / 60) + " minutes.";
	}

	// Names the filter that left nothing: the first one that on its own, with the goals,
	// matches no exercise; else the one whose relaxing would match the most.
	static String noMatch(RoutinePlanner planner, ExerciseFilter filter, List<Goal> goals) {
		String goalText = goals.stream().map(Goal::value).collect(Collectors.joining(" or "));
		for (Filter parameter : active(filter)) {
			if (planner.matching(only(filter, parameter)).length == 0) {
				String name = isPosition(parameter) ? "position/avoid-position" : parameter.value();
				return "No " + goalText + " exercise matches '" + name
						+ "' on its own: change that filter to get a routine.";
			}
		}
		Relaxed relaxed = mostAdded(planner, filter, 0);
		return "Each filter matches some " + goalText + " exercise, but no exercise matches all of them together"
				+ ((relaxed != null) ? ": relaxing '" + relaxed.parameter() + "' would match " + relaxed.added() + "."
						: ": relax one of the filters.");
	}

	/**
	 * The single filter whose relaxing would add the most exercises.
	 * @param planner the planner, for its matching
	 * @param filter the filters, the goals among them
	 * @param matching how many exercises match them all
	 * @return the filter, or {@code null} when relaxing none adds any
	 */
	static Relaxed mostAdded(RoutinePlanner planner, ExerciseFilter filter, int matching) {
		Relaxed best = null;
		for (Filter parameter : active(filter)) {
			int added = planner.matching(filter.without(parameter)).length - matching;
			if (added > 0 && (best == null || added > best.added())) {
				best = new Relaxed(parameter.value(), added);
			}
		}
		return best;
	}

	// The filters given besides the goals, which a routine always covers.
	private static List<Filter> active(ExerciseFilter filter) {
		List<Filter> active = new ArrayList<>(filter.given());
		active.remove(Filter.GOAL);
		return active;
	}

	// The goals and one filter; the positions and the positions avoided go together, as
	// both decide which positions are left.
	private static ExerciseFilter only(ExerciseFilter filter, Filter parameter) {
		ExerciseFilter only = ExerciseFilter.NONE.with(Filter.GOAL, filter.values(Filter.GOAL));
		for (Filter kept : isPosition(parameter) ? List.of(Filter.POSITION, Filter.AVOID_POSITION)
				: List.of(parameter)) {
			only = only.with(kept, filter.values(kept));
		}
		return only;
	}

	private static boolean isPosition(Filter parameter) {
		return parameter == Filter.POSITION || parameter == Filter.AVOID_POSITION;
	}

}
