package app.limber.routine;

import java.util.List;

import app.limber.catalogue.Difficulty;
import app.limber.catalogue.Equipment;
import app.limber.catalogue.Goal;
import app.limber.catalogue.PerCatalogue;
import app.limber.catalogue.Position;
import app.limber.catalogue.ReadModel;
import app.limber.exercise.ExerciseQuery;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Builds a ready-to-follow routine for a goal, a time budget and what the user can do.
 */
@RestController
@RequestMapping(path = "/api/v1/routines", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Routines", description = "Ready-to-follow sessions built from the catalogue.")
class RoutineController {

	// Planning needs a planner made from the catalogue being served (see RoutinePlanner).
	private final PerCatalogue<RoutinePlanner> planners;

	RoutineController(ReadModel readModel) {
		this.planners = new PerCatalogue<>(readModel, RoutinePlanner::new);
	}

	@GetMapping
	@Operation(operationId = "buildRoutine", summary = "Build a routine", description = """
			A session of exercises that match every filter and fill 90–100% of `minutes`, never more. \
			It has about one distinct exercise per two minutes (at most 10), each goal asked for when \
			possible, never two variations of one exercise; gentlest first, each position together and \
			down to the floor once a round. The time is filled in order: each exercise is raised evenly \
			within its article's range (repetitions, holds, sets), then the whole sequence is repeated in \
			`rounds`, with a rest of 10 s to a minute between rounds. The same inputs always give the same \
			routine; `seed` picks another.

			`steps` lists every exercise of every round in order. Each carries its `prescription` (with \
			`basis`: `article` within the named article's range, or `default` where no article gives \
			numbers) and a `timeline`: the intervals a timer shows (`work` on each side, each held \
			repetition, `rest` between sets or rounds, `transition` into the next exercise). The timeline \
			adds up to the step's `seconds`, and the steps to `totalSeconds`. Cautions come once each, \
			general ones first and `stop` cautions first; `frequency` says how often the articles advise \
			doing the chosen exercises. `notes` names a goal that could not be represented and the single \
			filter that, relaxed, would add the most exercises.

			When no exercise matches, or none fits the budget, the answer is a 200 with no steps and an \
			`explanation` naming the filter or the minutes needed. A request that cannot be satisfied by \
			definition (every position avoided, an unknown value, minutes out of 1–90) is a 400 problem.""")
	Routine build(
			@RequestParam(name = "minutes", required = false) @Parameter(
					description = "Time budget in minutes; the routine never takes longer.",
					schema = @Schema(type = "integer", format = "int32", minimum = "1",
							maximum = "" + RoutineQuery.MAX_MINUTES, defaultValue = "" + RoutineQuery.DEFAULT_MINUTES),
					example = "10") @Min(value = 1, message = "must be at least {value}") @Max(
							value = RoutineQuery.MAX_MINUTES, message = "must be at most {value}") Integer minutes,
			@RequestParam(name = "goal", required = false) @Parameter(
					description = "Goals to cover, each represented when the budget allows. Default: all three.",
					array = @ArraySchema(schema = @Schema(implementation = Goal.class, example = "stretch"))) @Size(
							max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values") List<Goal> goal,
			@RequestParam(name = "position", required = false) @Parameter(description = "Only these body positions.",
					array = @ArraySchema(
							schema = @Schema(implementation = Position.class, example = "standing"))) @Size(
									max = ExerciseQuery.MAX_VALUES,
									message = "takes at most {max} values") List<Position> position,
			@RequestParam(name = "equipment", required = false) @Parameter(
					description = "Only exercises that need one of these; `none` means bodyweight only.",
					array = @ArraySchema(schema = @Schema(implementation = Equipment.class, example = "none"))) @Size(
							max = ExerciseQuery.MAX_VALUES,
							message = "takes at most {max} values") List<Equipment> equipment,
			@RequestParam(name = "difficulty", required = false) @Parameter(description = "Only these difficulties.",
					array = @ArraySchema(
							schema = @Schema(implementation = Difficulty.class, example = "beginner"))) @Size(
									max = ExerciseQuery.MAX_VALUES,
									message = "takes at most {max} values") List<Difficulty> difficulty,
			@RequestParam(name = "muscle", required = false) @Parameter(
					description = "Only exercises that work one of these muscles (slugs from /api/v1/muscles).",
					array = @ArraySchema(schema = @Schema(type = "string", maxLength = ExerciseQuery.MAX_SLUG,
							example = "gluteus-maximus"))) @Size(max = ExerciseQuery.MAX_VALUES,
									message = "takes at most {max} values") List<String> muscle,
			@RequestParam(name = "avoid-position", required = false) @Parameter(name = "avoid-position",
					description = "Never these positions, e.g. `kneeling` for someone who cannot kneel.",
					array = @ArraySchema(
							schema = @Schema(implementation = Position.class, example = "kneeling"))) @Size(
									max = ExerciseQuery.MAX_VALUES,
									message = "takes at most {max} values") List<Position> avoidPosition,
			@RequestParam(name = "avoid-floor", required = false) @Parameter(name = "avoid-floor",
					description = "`true`: never an exercise that needs getting down onto the floor (the \"I can't get on the floor\" toggle).",
					schema = @Schema(type = "boolean", defaultValue = "false")) Boolean avoidFloor,
			@RequestParam(name = "seed", required = false) @Parameter(
					description = "Any whole number: a different but reproducible selection. The same inputs always give the same routine.",
					schema = @Schema(type = "integer", format = "int32", minimum = "0",
							maximum = "" + Integer.MAX_VALUE, defaultValue = "0"),
					example = "7") @Min(value = 0, message = "must be 0 or more") Integer seed) {
		return this.planners.get()
			.plan(new RoutineQuery(minutes, goal, position, equipment, difficulty, muscle, avoidPosition, avoidFloor,
					seed));
	}

}
