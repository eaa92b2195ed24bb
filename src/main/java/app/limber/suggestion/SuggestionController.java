package app.limber.suggestion;

import app.limber.catalogue.model.ReadModel;
import app.limber.web.Items;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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
	Items<Suggestion> suggest(SuggestionQuery query) {
		return new Items<>(
				this.readModel.current().suggest(query.q(), query.size()).stream().map(Suggestion::of).toList());
	}

}
