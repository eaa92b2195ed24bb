package app.limber.goal;

import app.limber.catalogue.wire.Goal;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A goal, what it means, and how many exercises serve it.
 *
 * @param goal the goal's value, as {@code /exercises?goal=} takes it
 * @param name its display name
 * @param description what exercises with this goal do
 * @param exerciseCount how many exercises serve it
 */
record GoalSummary(Goal goal, @Schema(example = "Stretch") String name, String description,
		@Schema(example = "22") int exerciseCount) {

	static GoalSummary of(Goal goal, int exerciseCount) {
		return new GoalSummary(goal, goal.displayName(), goal.description(), exerciseCount);
	}

}
