package app.limber.exercise;

import java.util.List;

import app.limber.catalogue.Goal;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * The query parameters of {@code GET /api/v1/exercises}: those of every page of
 * exercises, and the goal.
 */
public class ExerciseListParameters extends ExerciseParameters {

	@Parameter(
			description = "Goal: repeat or comma-separate for any of several. Case-insensitive; `stabilize` is accepted for `stabilise`.",
			array = @ArraySchema(schema = @Schema(implementation = Goal.class, example = "stretch")))
	@Size(max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values")
	private List<Goal> goal;

	public List<Goal> getGoal() {
		return this.goal;
	}

	public void setGoal(List<Goal> goal) {
		this.goal = goal;
	}

	@Override
	boolean withinLimits() {
		return atMost(this.goal, ExerciseQuery.MAX_VALUES) && super.withinLimits();
	}

	/**
	 * The query these parameters ask.
	 * @return the query
	 */
	ExerciseQuery query() {
		return query(this.goal);
	}

}
