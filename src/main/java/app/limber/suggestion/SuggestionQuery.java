package app.limber.suggestion;

import app.limber.exercise.ExerciseQuery;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The query parameters of {@code GET /api/v1/suggestions}.
 *
 * @param q what has been typed so far
 * @param size the most suggestions wanted
 */
record SuggestionQuery(
		@Parameter(description = """
				What has been typed into the search box so far. Completes names and aliases from \
				their first or any later word ("bri" gives "Glute bridge"), with one typo allowed from \
				the fourth letter. Missing or blank: no suggestions.""",
				schema = @Schema(maxLength = ExerciseQuery.MAX_QUERY), example = "pir") @Size(
						max = ExerciseQuery.MAX_QUERY, message = "must be at most {max} characters long") String q,
		@Parameter(description = "The most suggestions wanted.",
				schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "20",
						defaultValue = "8")) @Min(value = 1, message = "must be at least {value}") @Max(
								value = SuggestionQuery.MAX_SIZE, message = "must be at most {value}") Integer size) {

	/** The most suggestions one request gets. */
	static final int MAX_SIZE = 20;

	/** Suggestions when {@code size} is not given. */
	static final int DEFAULT_SIZE = 8;

	SuggestionQuery {
		q = (q != null) ? q : "";
		size = (size != null) ? size : DEFAULT_SIZE;
	}

}
