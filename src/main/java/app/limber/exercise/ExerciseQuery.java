package app.limber.exercise;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.ExerciseOrder;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.wire.Goal;
import app.limber.web.FilterParameters;

/**
 * A question about exercises, as {@link ExerciseQueryBinder} read it from the query
 * string: which exercises, which page of them in which order, and which filters to count
 * values of.
 *
 * @param filter the filters and the search text
 * @param page the page number, from 0
 * @param size items per page
 * @param order the order
 * @param sorted whether {@code sort} was given, so that links repeat it
 * @param facets the filters to count values of, for a filter panel
 */
public record ExerciseQuery(ExerciseFilter filter, int page, int size, ExerciseOrder order, boolean sorted,
		Set<Filter> facets) {

	/** The longest search query. */
	public static final int MAX_QUERY = 100;

	/** The largest page number. */
	public static final int MAX_PAGE = 10_000;

	/** The largest page. */
	public static final int MAX_SIZE = 100;

	/** The page size when none is given. */
	public static final int DEFAULT_SIZE = 20;

	/**
	 * The same question about one goal, as its path names it.
	 * @param goal the goal
	 * @return the query
	 */
	public ExerciseQuery withGoal(Goal goal) {
		return new ExerciseQuery(this.filter.with(Filter.GOAL, goal), this.page, this.size, this.order, this.sorted,
				this.facets);
	}

	/**
	 * The query string of a page of this question's answer, but the page number: the
	 * parameters Limber understood, in a fixed order, each filter's values once, in the
	 * contract's order and repeated as the OpenAPI document declares, defaults left out.
	 * It is as long as what the limits let a client ask, never as long as what it sent.
	 * @param goalInQuery whether the goals go in the query string ({@code /exercises}),
	 * rather than in the path ({@code /goals/{goal}/exercises})
	 * @return the parameters, each followed by {@code &}
	 */
	String linkQuery(boolean goalInQuery) {
		StringBuilder query = new StringBuilder();
		FilterParameters.appendTo(query, this.filter, goalInQuery ? null : Filter.GOAL);
		if (this.filter.query() != null) {
			query.append("q=").append(encode(this.filter.query())).append('&');
		}
		if (this.sorted) {
			// One of ExerciseSort's values: nothing to encode.
			query.append("sort=").append(ExerciseSort.valueOf(this.order)).append('&');
		}
		List<String> facets = new ArrayList<>(this.facets.size());
		for (Filter facet : this.facets) {
			facets.add(facet.value());
		}
		values(query, "facets", facets);
		if (this.size != DEFAULT_SIZE) {
			query.append("size=").append(this.size).append('&');
		}
		return query.toString();
	}

	// One parameter repeated for each of its values, the form the OpenAPI document
	// declares; nothing when it has none.
	private static void values(StringBuilder query, String name, List<String> values) {
		for (String value : values) {
			query.append(name).append('=').append(encode(value)).append('&');
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
