package app.limber.exercise;

import java.util.List;

import app.limber.catalogue.BodyRegion;
import app.limber.catalogue.Difficulty;
import app.limber.catalogue.Equipment;
import app.limber.catalogue.Facet;
import app.limber.catalogue.Goal;
import app.limber.catalogue.Position;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
	ExercisePage list(@RequestParam(name = "goal", required = false) @Parameter(
			description = "Goal: repeat or comma-separate for any of several. Case-insensitive; `stabilize` is accepted for `stabilise`.",
			array = @ArraySchema(schema = @Schema(implementation = Goal.class)), example = "stretch") @Size(
					max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values") List<Goal> goal,
			@RequestParam(name = "muscle", required = false) @Parameter(
					description = "Muscle slug (see /api/v1/muscles): repeat for any of several.",
					array = @ArraySchema(schema = @Schema(type = "string", maxLength = 60)),
					example = "gluteus-maximus") @Size(max = ExerciseQuery.MAX_VALUES,
							message = "takes at most {max} values") List<String> muscle,
			@RequestParam(name = "region", required = false) @Parameter(
					description = "Body region of a muscle the exercise works: repeat for any of several.",
					array = @ArraySchema(schema = @Schema(implementation = BodyRegion.class)),
					example = "glutes") @Size(max = ExerciseQuery.MAX_VALUES,
							message = "takes at most {max} values") List<BodyRegion> region,
			@RequestParam(name = "position", required = false) @Parameter(
					description = "Body position: repeat for any of several.",
					array = @ArraySchema(schema = @Schema(implementation = Position.class)),
					example = "standing") @Size(max = ExerciseQuery.MAX_VALUES,
							message = "takes at most {max} values") List<Position> position,
			@RequestParam(name = "equipment", required = false) @Parameter(
					description = "Equipment: repeat for any of several; `none` means bodyweight only.",
					array = @ArraySchema(schema = @Schema(implementation = Equipment.class)),
					example = "none") @Size(max = ExerciseQuery.MAX_VALUES,
							message = "takes at most {max} values") List<Equipment> equipment,
			@RequestParam(name = "difficulty", required = false) @Parameter(
					description = "Difficulty: repeat for any of several.",
					array = @ArraySchema(schema = @Schema(implementation = Difficulty.class)),
					example = "beginner") @Size(max = ExerciseQuery.MAX_VALUES,
							message = "takes at most {max} values") List<Difficulty> difficulty,
			@RequestParam(name = "q", required = false) @Parameter(description = """
					What a person typed into the search box. Finds word forms ("hamstrings" and \
					"hamstring"), typos (one from four letters, two from seven), the last word while \
					it is typed ("pir" finds the piriformis stretch), aliases, words written apart, \
					joined or hyphenated ("cat cow", "catcow", "cat-cow"), numbers as digits or \
					words ("figure 4"), muscle and body-region names, and the conditions the articles \
					name ("sciatica", "prolonged sitting"). Searches names, aliases, summaries, why \
					each helps, steps and muscles; names and aliases count most. Every word must \
					match; when nothing has them all, the best matches for all but one come back. \
					Sorted by relevance unless `sort` says otherwise.""",
					schema = @Schema(maxLength = ExerciseQuery.MAX_QUERY), example = "piriformis") @Size(
							max = ExerciseQuery.MAX_QUERY, message = "must be at most {max} characters long") String q,
			@RequestParam(name = "page", required = false) @Parameter(description = "Page number, from 0.",
					schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "10000",
							defaultValue = "0")) @Min(value = 0, message = "must be 0 or more") @Max(
									value = ExerciseQuery.MAX_PAGE, message = "must be at most {value}") Integer page,
			@RequestParam(name = "size", required = false) @Parameter(description = "Items per page.",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100",
							defaultValue = "20")) @Min(value = 1, message = "must be at least {value}") @Max(
									value = ExerciseQuery.MAX_SIZE, message = "must be at most {value}") Integer size,
			@RequestParam(name = "sort", required = false) @Parameter(
					description = "Order: `name`, `difficulty` or `duration`, optionally with `,asc` or `,desc`. Default: relevance when `q` is given, else name.",
					schema = @Schema(type = "string",
							allowableValues = { "name", "name,asc", "name,desc", "difficulty", "difficulty,asc",
									"difficulty,desc", "duration", "duration,asc", "duration,desc" }),
					example = "name") String sort,
			@RequestParam(name = "facets", required = false) @Parameter(description = """
					Adds `facets` to the answer: for each filter named here (repeat or \
					comma-separate), every value with the number of exercises it would give. Each \
					count applies every other filter and `q`, but not the facet's own filter, so a \
					filter panel can show how many seated exercises there are while `standing` is \
					picked.""", array = @ArraySchema(schema = @Schema(implementation = Facet.class)),
					example = "position") @Size(max = ExerciseQuery.MAX_VALUES,
							message = "takes at most {max} values") List<Facet> facets) {
		return this.exercises.search(
				new ExerciseQuery(goal, muscle, region, position, equipment, difficulty, q, page, size, sort, facets));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getExercise", summary = "Get one exercise in full",
			description = "Aliases, why it helps, steps, dosage, muscles, its own and the general cautions, variations and sources.")
	ExerciseDetail get(@PathVariable @Parameter(description = "The exercise's slug.",
			example = "piriformis-stretch") String slug) {
		return this.exercises.find(slug);
	}

}
