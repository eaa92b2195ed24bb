package app.limber.catalogue.model;

import java.util.List;
import java.util.Map;

/**
 * The answer to a question about exercises: one page of them, how many there are in all,
 * and the counts a filter panel asked for.
 *
 * @param items the exercises on the page, in order
 * @param total how many exercises match, over all pages
 * @param facets for each facet asked for, every value with its count, in the contract's
 * order; empty when none was asked for
 */
public record ExerciseMatches(List<ExerciseEntry> items, int total, Map<Filter, List<FacetCount>> facets) {

}
