package app.limber.goal;

import java.util.Arrays;
import java.util.List;

import app.limber.catalogue.Catalogue;
import app.limber.catalogue.Goal;
import app.limber.catalogue.ReadModel;
import app.limber.exercise.ExercisePage;
import app.limber.exercise.ExerciseParameters;
import app.limber.exercise.ExerciseService;
import app.limber.problem.BadParameterException;
import app.limber.web.Items;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
		List<GoalSummary> goals = Arrays.stream(Goal.values())
			.map((goal) -> new GoalSummary(goal, goal.displayName(), goal.description(), catalogue.exerciseCount(goal)))
			.toList();
		return new Items<>(goals);
	}

	@GetMapping("/{goal}/exercises")
	@Operation(operationId = "listGoalExercises", summary = "List the exercises for a goal",
			description = "The same page as /api/v1/exercises?goal={goal}, with the same other filters. The goal comes from the path: do not also pass `goal`.")
	ExercisePage exercises(
			@PathVariable @Parameter(description = "The goal; `stabilize` is accepted.", example = "stretch") Goal goal,
			@ParameterObject @Valid ExerciseParameters parameters,
			@RequestParam(name = "goal", required = false) @Parameter(hidden = true) List<String> goalParameter) {
		// The path names the goal: a goal parameter as well would be ambiguous.
		if (goalParameter != null) {
			throw new BadParameterException("goal",
					"The goal is given by the path here: remove the 'goal' query parameter, or use /api/v1/exercises?goal=… for several goals.",
					List.of());
		}
		return this.search.search(parameters.query(List.of(goal)), "/api/v1/goals/" + goal.value() + "/exercises",
				false);
	}

}
