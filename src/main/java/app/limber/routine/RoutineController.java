package app.limber.routine;

import app.limber.catalogue.model.PerCatalogue;
import app.limber.catalogue.model.ReadModel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Builds a ready-to-follow routine for a goal, a time budget and what the user can do.
 */
@RestController
@RequestMapping(path = RoutineQuery.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
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
	Routine build(RoutineQuery query) {
		return this.planners.get().plan(query);
	}

}
