package app.limber.suggestion;

import app.limber.catalogue.model.ReadModel;
import app.limber.exercise.ExerciseQuery;
import app.limber.web.Items;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Completions for a search box, answered from the read model's suggester.
 */
@RestController
@RequestMapping(path = "/api/v1/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Suggestions", description = "Completions for a search box: exercises and muscles.")
class SuggestionController {

	private final ReadModel readModel;

	SuggestionController(ReadModel readModel) {
		this.readModel = readModel;
	}

	@GetMapping
	@Operation(operationId = "listSuggestions", summary = "Suggest completions for a search box",
			description = "Exercises and muscles whose name or alias completes what was typed, best first, each once. Whole names come before aliases, and names that start with what was typed before names with a later word that does.")
	Items<Suggestion> suggest(
			@RequestParam(name = "q", required = false) @Parameter(description = """
					What has been typed into the search box so far. Completes names and aliases from \
					their first or any later word ("bri" gives "Glute bridge"), with one typo allowed from \
					the fourth letter. Missing or blank: no suggestions.""",
					schema = @Schema(maxLength = ExerciseQuery.MAX_QUERY), example = "pir") @Size(
							max = ExerciseQuery.MAX_QUERY, message = "must be at most {max} characters long") String q,
			@RequestParam(name = "size", required = false) @Parameter(description = "The most suggestions wanted.",
					schema = @Schema(type = "integer", format = "int32", minimum = "1",
							maximum = "" + SuggestionQuery.MAX_SIZE,
							defaultValue = "" + SuggestionQuery.DEFAULT_SIZE)) @Min(value = 1,
									message = "must be at least {value}") @Max(value = SuggestionQuery.MAX_SIZE,
											message = "must be at most {value}") Integer size) {
		SuggestionQuery query = new SuggestionQuery(q, size);
		return new Items<>(
				this.readModel.current().suggest(query.q(), query.size()).stream().map(Suggestion::of).toList());
	}

}
