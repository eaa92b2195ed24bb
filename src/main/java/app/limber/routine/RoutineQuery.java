package app.limber.routine;

import java.util.List;
import java.util.Objects;

import app.limber.catalogue.Difficulty;
import app.limber.catalogue.Equipment;
import app.limber.catalogue.Position;
import app.limber.catalogue.Goal;

/**
 * The query parameters of {@code GET /api/v1/routines}. Repeated parameters may also be
 * comma-separated.
 *
 * @param minutes the time budget
 * @param goal the goals to cover; all three when absent
 * @param position only these positions
 * @param equipment only exercises needing one of these; {@code none} for bodyweight only
 * @param difficulty only these difficulties
 * @param muscle only exercises working one of these muscles
 * @param avoidPosition never these positions
 * @param avoidFloor never an exercise that needs getting down onto the floor
 * @param seed picks a different but reproducible selection
 */
record RoutineQuery(Integer minutes, List<Goal> goal, List<Position> position, List<Equipment> equipment,
		List<Difficulty> difficulty, List<String> muscle, List<Position> avoidPosition, Boolean avoidFloor,
		Integer seed) {

	/** The largest time budget. */
	static final int MAX_MINUTES = 90;

	/** The time budget when none is given. */
	static final int DEFAULT_MINUTES = 10;

	RoutineQuery {
		minutes = (minutes != null) ? minutes : DEFAULT_MINUTES;
		goal = present(goal);
		position = present(position);
		equipment = present(equipment);
		difficulty = present(difficulty);
		muscle = present(muscle).stream().map(String::strip).filter((slug) -> !slug.isEmpty()).toList();
		avoidPosition = present(avoidPosition);
		avoidFloor = Boolean.TRUE.equals(avoidFloor);
		seed = (seed != null) ? seed : 0;
	}

	private static <T> List<T> present(List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).distinct().toList() : List.of();
	}

}
