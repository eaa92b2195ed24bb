package app.limber.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseMatches;
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
		// A loop, not a stream: this runs for every page, and a stream's many small calls
		// cost more until the JIT has inlined them.
		List<ExerciseSummary> items = new ArrayList<>(matches.items().size());
		for (ExerciseEntry exercise : matches.items()) {
			items.add(summaries.get(exercise.ordinal()));
		}
		return new ExercisePage(Collections.unmodifiableList(items),
				PageMetadata.of(query.page(), query.size(), matches.total(), link),
				ExerciseFacets.of(matches.facets()));
	}

}
