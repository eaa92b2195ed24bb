package app.limber.exercise;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.ExerciseOrder;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.wire.WireValue;
import app.limber.problem.BadParameterException;
import app.limber.web.FilterParameters;
import app.limber.web.QueryBinder;
import app.limber.web.QueryParameter;
import app.limber.web.QueryString;

import org.springframework.stereotype.Component;

/**
 * Reads the parameters of every page of exercises into an {@link ExerciseQuery}: the
 * filters ({@link Filter}), the search text, paging, order and facets. On
 * {@code /goals/{goal}/exercises} the path gives the goal, so {@code goal} is refused.
 */
@Component
class ExerciseQueryBinder implements QueryBinder<ExerciseQuery> {

	static final QueryParameter Q = QueryParameter.text("q", ExerciseQuery.MAX_QUERY, """
			What a person typed into the search box. Finds word forms ("hamstrings" and \
			"hamstring"), typos (one from four letters, two from seven), the last word while \
			it is typed ("pir" finds the piriformis stretch), aliases, words written apart, \
			joined or hyphenated ("cat cow", "catcow", "cat-cow", "dead lift"), numbers as \
			digits or words ("figure 4"), muscle and body-region names, and the conditions the \
			articles name ("sciatica", "prolonged sitting"). Searches names, aliases, \
			summaries, why each helps, steps and muscles; names and aliases count most, and \
			text that has the words as typed, in order, ranks higher. Every word must match, \
			but stop words ("what", "after", "all") need not, and "exercises" and "workout" \
			only help rank; when nothing has them all, words are left out one at a time \
			(first one nothing has, then one that matches only as a typo, then the commonest) \
			until something matches the rest. \
			Sorted by relevance unless `sort` says otherwise.""", "piriformis");

	static final QueryParameter PAGE = QueryParameter.whole("page", 0, ExerciseQuery.MAX_PAGE, 0,
			"Page number, from 0.");

	static final QueryParameter SIZE = QueryParameter.whole("size", 1, ExerciseQuery.MAX_SIZE,
			ExerciseQuery.DEFAULT_SIZE, "Items per page.");

	static final QueryParameter SORT = QueryParameter.choice("sort", ExerciseSort.ALLOWED,
			"Order: `name`, `difficulty` or `duration`, optionally with `,asc` or `,desc`. Default: relevance when `q` is given, else name.",
			"name");

	static final QueryParameter FACETS = QueryParameter.list("facets",
			Filter.facets().stream().map(Filter::value).toList(), """
					Adds `facets` to the answer: for each filter named here (repeat for several), \
					every value with the number of exercises it would give. Each count applies every \
					other filter and `q`, but not the facet's own filter, so a filter panel can show \
					how many seated exercises there are while `standing` is picked.""", "position");

	private static final String GOAL_IN_PATH = "goal";

	private static final List<Filter> ALL = Filter.taken(false);

	private static final List<Filter> BUT_GOAL = ALL.stream().filter((filter) -> filter != Filter.GOAL).toList();

	private final ReadModel readModel;

	ExerciseQueryBinder(ReadModel readModel) {
		this.readModel = readModel;
	}

	@Override
	public Class<ExerciseQuery> type() {
		return ExerciseQuery.class;
	}

	@Override
	public List<QueryParameter> parameters(Set<String> pathVariables) {
		List<QueryParameter> parameters = new ArrayList<>(FilterParameters.of(filters(pathVariables)));
		parameters.addAll(List.of(Q, PAGE, SIZE, SORT, FACETS));
		return parameters;
	}

	@Override
	public ExerciseQuery bind(QueryString query, Set<String> pathVariables) {
		ExerciseFilter filter = FilterParameters.read(query, filters(pathVariables), Q.text(query));
		int page = PAGE.whole(query);
		int size = SIZE.whole(query);
		Set<Filter> facets = EnumSet.noneOf(Filter.class);
		for (String facet : FACETS.items(query, null)) {
			facets.add(WireValue.parse(Filter.class, facet));
		}
		if (pathVariables.contains(GOAL_IN_PATH) && query.has(GOAL_IN_PATH)) {
			throw new BadParameterException(GOAL_IN_PATH,
					"'goal' is given by the path here: remove it, or use /api/v1/exercises?goal=… for several goals.",
					List.of());
		}
		FilterParameters.checkSlugs(this.readModel.current(), filter);
		String sort = SORT.text(query);
		ExerciseOrder order = ExerciseSort.parse(sort, filter.query() != null);
		return new ExerciseQuery(filter, page, size, order, sort != null && !sort.isBlank(), facets);
	}

	private static List<Filter> filters(Set<String> pathVariables) {
		return pathVariables.contains(GOAL_IN_PATH) ? BUT_GOAL : ALL;
	}

}
