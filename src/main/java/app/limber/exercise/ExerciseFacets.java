package app.limber.exercise;

import java.util.List;
import java.util.Map;

import app.limber.catalogue.Facet;
import app.limber.catalogue.FacetCount;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Counts for a filter panel: for each filter asked for, every value in the contract's
 * order (zero counts included) with how many exercises match it together with every other
 * filter and the search. A facet not asked for is absent.
 *
 * @param goal counts per goal
 * @param position counts per body position
 * @param equipment counts per piece of equipment
 * @param difficulty counts per difficulty
 * @param muscle counts per muscle slug, in the order of {@code /muscles}
 * @param region counts per body region
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Counts per filter value for a filter panel; only the facets asked for are present.")
public record ExerciseFacets(@Nullable List<Count> goal, @Nullable List<Count> position,
		@Nullable List<Count> equipment, @Nullable List<Count> difficulty, @Nullable List<Count> muscle,
		@Nullable List<Count> region) {

	static ExerciseFacets of(Map<Facet, List<FacetCount>> counts) {
		if (counts.isEmpty()) {
			return null;
		}
		return new ExerciseFacets(counts(counts, Facet.GOAL), counts(counts, Facet.POSITION),
				counts(counts, Facet.EQUIPMENT), counts(counts, Facet.DIFFICULTY), counts(counts, Facet.MUSCLE),
				counts(counts, Facet.REGION));
	}

	private static List<Count> counts(Map<Facet, List<FacetCount>> counts, Facet facet) {
		List<FacetCount> values = counts.get(facet);
		return (values != null) ? values.stream().map((value) -> new Count(value.value(), value.count())).toList()
				: null;
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
