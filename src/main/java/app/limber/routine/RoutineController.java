package app.limber.routine;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Builds a ready-to-follow routine for a goal, a time budget and what the user can do.
 */
@RestController
@RequestMapping(path = "/api/v1/routines", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Routines", description = "Ready-to-follow sessions built from the catalogue.")
class RoutineController {

	private final RoutineService routines;

	RoutineController(RoutineService routines) {
		this.routines = routines;
	}

	@GetMapping
	@Operation(operationId = "buildRoutine", summary = "Build a routine", description = """
			A session of exercises that match every filter and together take no longer than `minutes` \
			(holds, repetitions, both sides, rest between sets and a 10-second transition between \
			exercises all count). Each goal asked for is represented when the budget allows; no exercise \
			(or variation of one) appears twice; exercises are grouped by position from standing down to \
			the floor, gentlest first. The same inputs always give the same routine; `seed` picks another.

			Numbers come from the lower end of each exercise's dosage in the articles; where no article \
			gives numbers the prescription says so (`basis: default`). Cautions come once each, general \
			ones first and `stop` cautions first. `frequency` says how often the articles advise doing the \
			chosen exercises.

			When no exercise matches, or none fits the budget, the answer is a 200 with no steps and an \
			`explanation` naming the filter or the budget. A request that cannot be satisfied by \
			definition (every position avoided, an unknown value, minutes out of 1–90) is a 400 problem.""")
	Routine build(@ParameterObject @Valid RoutineQuery query) {
		return this.routines.build(query);
	}

}
