package app.limber.exercise;

import java.util.List;
import java.util.function.IntFunction;

import app.limber.catalogue.ExerciseMatches;
import app.limber.web.Paged;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A page of exercise summaries, with the counts a filter panel asked for.
 *
 * @param items the exercises on this page; empty past the last page
 * @param page where this page sits
 * @param facets for each filter named in {@code facets}, every value with its count;
 * absent when {@code facets} was not given
 */
public record ExercisePage(List<ExerciseSummary> items, PageMetadata page,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
				description = "Present only when `facets` was given.") @Nullable ExerciseFacets facets)
		implements
			Paged {

	static ExercisePage of(ExerciseMatches matches, List<ExerciseSummary> summaries, ExerciseQuery query,
			IntFunction<String> link) {
		return new ExercisePage(matches.items().stream().map((exercise) -> summaries.get(exercise.ordinal())).toList(),
				PageMetadata.of(query.page(), query.size(), matches.total(), link),
				ExerciseFacets.of(matches.facets()));
	}

}
