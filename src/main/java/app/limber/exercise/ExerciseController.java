package app.limber.exercise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exercise catalogue: a filtered, searchable page of exercises, and each one in full.
 */
@RestController
@RequestMapping(path = "/api/v1/exercises", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Exercises", description = "Stretches and exercises for lower back and glute pain.")
class ExerciseController {

	private final ExerciseService exercises;

	ExerciseController(ExerciseService exercises) {
		this.exercises = exercises;
	}

	@GetMapping
	@Operation(operationId = "listExercises", summary = "List exercises",
			description = "A page of exercise summaries. Filters are optional and combine with AND; the values of one repeated filter combine with OR. An empty result is a 200 with no items.")
	ExercisePage list(ExerciseQuery query) {
		return this.exercises.search(query, "/api/v1/exercises", true);
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getExercise", summary = "Get one exercise in full",
			description = "Aliases, why it helps, steps, dosage, muscles, its own and the general cautions, variations and sources.")
	ExerciseDetail get(@PathVariable @Parameter(description = "The exercise's slug.",
			example = "piriformis-stretch") String slug) {
		return this.exercises.find(slug);
	}

}
