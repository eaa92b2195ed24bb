package app.limber.exercise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.limber.catalogue.model.FacetCount;
import app.limber.catalogue.model.Filter;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Counts for a filter panel: for each filter asked for, every value in the contract's
 * order (zero counts included) with how many exercises match it together with every other
 * filter and the search. A facet not asked for is absent. The document describes one
 * property per facet ({@link Filter#facets()}).
 *
 * @param counts for each facet asked for, by name, its counts
 */
@Schema(name = "ExerciseFacets",
		description = "Counts per filter value for a filter panel; only the facets asked for are present.")
public record ExerciseFacets(@JsonValue Map<String, List<Count>> counts) {

	static @Nullable ExerciseFacets of(Map<Filter, List<FacetCount>> counts) {
		if (counts.isEmpty()) {
			return null;
		}
		Map<String, List<Count>> byName = new LinkedHashMap<>();
		counts.forEach((facet, values) -> byName.put(facet.value(),
				values.stream().map((value) -> new Count(value.value(), value.count())).toList()));
		return new ExerciseFacets(byName);
	}

	/**
	 * One value of a filter and how many exercises it would give.
	 *
	 * @param value the value, as the filter takes it
	 * @param count the exercises that match it and every other filter
	 */
	@Schema(name = "FacetCount")
	public record Count(@Schema(example = "standing") String value, @Schema(example = "4") int count) {
	}

}
