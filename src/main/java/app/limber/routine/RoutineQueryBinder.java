package app.limber.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.model.ReadModel;
import app.limber.web.FilterParameters;
import app.limber.web.QueryBinder;
import app.limber.web.QueryParameter;
import app.limber.web.QueryString;

import org.springframework.stereotype.Component;

/**
 * Reads the parameters of {@code /routines} into a {@link RoutineQuery}: the time budget,
 * the filters routines take ({@link Filter#onRoutines()}) and the seed.
 */
@Component
public class RoutineQueryBinder implements QueryBinder<RoutineQuery> {

	/** The time budget. */
	public static final QueryParameter MINUTES = QueryParameter
		.whole("minutes", 1, RoutineQuery.MAX_MINUTES, RoutineQuery.DEFAULT_MINUTES,
				"Time budget in minutes; the routine never takes longer.")
		.example(10);

	/** Another reproducible selection. */
	public static final QueryParameter SEED = QueryParameter.whole("seed", 0, Integer.MAX_VALUE, 0,
			"Any whole number: a different but reproducible selection. The same inputs always give the same routine.")
		.example(7);

	private static final List<Filter> FILTERS = Filter.taken(true);

	private final ReadModel readModel;

	RoutineQueryBinder(ReadModel readModel) {
		this.readModel = readModel;
	}

	@Override
	public Class<RoutineQuery> type() {
		return RoutineQuery.class;
	}

	@Override
	public List<QueryParameter> parameters(Set<String> pathVariables) {
		List<QueryParameter> parameters = new ArrayList<>();
		parameters.add(MINUTES);
		parameters.addAll(FilterParameters.of(FILTERS));
		parameters.add(SEED);
		return parameters;
	}

	@Override
	public RoutineQuery bind(QueryString query, Set<String> pathVariables) {
		return new RoutineQuery(MINUTES.whole(query), filter(query), SEED.whole(query));
	}

	/**
	 * Reads and checks the filters routines take, for anything built from routines.
	 * @param query the query string
	 * @return the filters
	 */
	public ExerciseFilter filter(QueryString query) {
		ExerciseFilter filter = FilterParameters.read(query, FILTERS, null);
		FilterParameters.checkSlugs(this.readModel.current(), filter);
		return filter;
	}

}
