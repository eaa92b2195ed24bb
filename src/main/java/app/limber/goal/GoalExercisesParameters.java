package app.limber.goal;

import java.util.List;

import app.limber.exercise.ExerciseParameters;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Null;

/**
 * The query parameters of {@code GET /api/v1/goals/{goal}/exercises}: those of every page
 * of exercises, the goal aside, which the path gives.
 */
public class GoalExercisesParameters extends ExerciseParameters {

	// The path names the goal: a goal parameter as well would be ambiguous, so it is
	// bound only to be refused, and left out of the OpenAPI document.
	@Parameter(hidden = true)
	@Null(message = "is given by the path here: remove it, or use /api/v1/exercises?goal=… for several goals")
	private List<String> goal;

	public List<String> getGoal() {
		return this.goal;
	}

	public void setGoal(List<String> goal) {
		this.goal = goal;
	}

}
