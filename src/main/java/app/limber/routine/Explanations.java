package app.limber.routine;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.limber.catalogue.Goal;
import app.limber.catalogue.Position;

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
	static String noMatch(RoutinePlanner planner, RoutineQuery query, List<Goal> goals, Set<Position> positions) {
		String goalText = goals.stream().map(Goal::value).collect(Collectors.joining(" or "));
		for (String parameter : active(query)) {
			if (planner.matching(only(query, parameter), goals, only(positions, parameter),
					"avoid-floor".equals(parameter)).length == 0) {
				String name = "position".equals(parameter) ? "position/avoid-position" : parameter;
				return "No " + goalText + " exercise matches '" + name
						+ "' on its own: change that filter to get a routine.";
			}
		}
		Relaxed relaxed = mostAdded(planner, query, goals, positions, 0);
		return "Each filter matches some " + goalText + " exercise, but no exercise matches all of them together"
				+ ((relaxed != null) ? ": relaxing '" + relaxed.parameter() + "' would match " + relaxed.added() + "."
						: ": relax one of the filters.");
	}

	/**
	 * The single filter whose relaxing would add the most exercises.
	 * @return the filter, or {@code null} when relaxing none adds any
	 */
	static Relaxed mostAdded(RoutinePlanner planner, RoutineQuery query, List<Goal> goals, Set<Position> positions,
			int matching) {
		Relaxed best = null;
		for (String parameter : active(query)) {
			int added = planner.matching(without(query, parameter), goals, without(query, positions, parameter),
					query.avoidFloor() && !"avoid-floor".equals(parameter)).length - matching;
			if (added > 0 && (best == null || added > best.added())) {
				best = new Relaxed(parameter, added);
			}
		}
		return best;
	}

	private static List<String> active(RoutineQuery query) {
		return List.of("position", "avoid-position", "equipment", "difficulty", "muscle", "avoid-floor")
			.stream()
			.filter((parameter) -> switch (parameter) {
				case "position" -> !query.position().isEmpty();
				case "avoid-position" -> !query.avoidPosition().isEmpty();
				case "equipment" -> !query.equipment().isEmpty();
				case "difficulty" -> !query.difficulty().isEmpty();
				case "muscle" -> !query.muscle().isEmpty();
				default -> query.avoidFloor();
			})
			.toList();
	}

	// The query with only one filter, the positions it leaves, and the same without it.
	private static RoutineQuery only(RoutineQuery query, String parameter) {
		return new RoutineQuery(query.minutes(), query.goal(), List.of(),
				keep(query.equipment(), parameter, "equipment"), keep(query.difficulty(), parameter, "difficulty"),
				keep(query.muscle(), parameter, "muscle"), List.of(), false, query.seed());
	}

	private static Set<Position> only(Set<Position> positions, String parameter) {
		return parameter.endsWith("position") ? positions : EnumSet.allOf(Position.class);
	}

	private static RoutineQuery without(RoutineQuery query, String parameter) {
		return new RoutineQuery(query.minutes(), query.goal(), List.of(),
				drop(query.equipment(), parameter, "equipment"), drop(query.difficulty(), parameter, "difficulty"),
				drop(query.muscle(), parameter, "muscle"), List.of(), false, query.seed());
	}

	private static Set<Position> without(RoutineQuery query, Set<Position> positions, String parameter) {
		Set<Position> relaxed = EnumSet.allOf(Position.class);
		if (!"position".equals(parameter) && !query.position().isEmpty()) {
			relaxed.retainAll(query.position());
		}
		if (!"avoid-position".equals(parameter)) {
			query.avoidPosition().forEach(relaxed::remove);
		}
		return relaxed.isEmpty() ? positions : relaxed;
	}

	private static <T> List<T> keep(List<T> values, String parameter, String name) {
		return parameter.equals(name) ? values : List.of();
	}

	private static <T> List<T> drop(List<T> values, String parameter, String name) {
		return parameter.equals(name) ? List.of() : values;
	}

}
