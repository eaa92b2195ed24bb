package app.limber.suggestion;

import app.limber.search.Suggester;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A completion for a search box.
 *
 * @param kind what it is: an exercise (fetch it at {@code /api/v1/exercises/{slug}}) or a
 * muscle ({@code /api/v1/muscles/{slug}}, or filter with {@code muscle={slug}})
 * @param slug its id
 * @param name its display name
 */
record Suggestion(@Schema(allowableValues = {
		"exercise", "muscle" }, example = "exercise") String kind, @Schema(example = "piriformis-stretch") String slug,
		@Schema(example = "Piriformis stretch") String name){

	static Suggestion of(Suggester.Suggestion suggestion) {
		return new Suggestion(suggestion.kind(), suggestion.slug(), suggestion.name());
	}

}
