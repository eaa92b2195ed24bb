package app.limber.goal;

import java.util.Arrays;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.model.ReadModel;
import app.limber.exercise.ExercisePage;
import app.limber.exercise.ExerciseQuery;
import app.limber.exercise.ExerciseService;
import app.limber.web.Items;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The three goals, and the exercises that serve each.
 */
@RestController
@RequestMapping(path = "/api/v1/goals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Goals", description = "What exercises are for: stretch, strengthen, stabilise.")
class GoalController {

	private final ReadModel readModel;

	private final ExerciseService search;

	GoalController(ReadModel readModel, ExerciseService search) {
		this.readModel = readModel;
		this.search = search;
	}

	@GetMapping
	@Operation(operationId = "listGoals", summary = "List the goals",
			description = "Each goal with a description and its exercise count.")
	Items<GoalSummary> list() {
		Catalogue catalogue = this.readModel.current();
		return new Items<>(Arrays.stream(Goal.values())
			.map((goal) -> GoalSummary.of(goal, catalogue.exerciseCount(goal)))
			.toList());
	}

	@GetMapping("/{goal}/exercises")
	@Operation(operationId = "listGoalExercises", summary = "List the exercises for a goal",
			description = "The same page as /api/v1/exercises?goal={goal}, with the same other filters. The goal comes from the path: do not also pass `goal`.")
	ExercisePage exercises(
			@PathVariable @Parameter(description = "The goal; `stabilize` is accepted.", example = "stretch") Goal goal,
			ExerciseQuery query) {
		return this.search.search(query.withGoal(goal), "/api/v1/goals/" + goal.value() + "/exercises", false);
	}

}
