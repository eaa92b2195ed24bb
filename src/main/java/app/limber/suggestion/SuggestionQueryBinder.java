package app.limber.suggestion;

import java.util.List;
import java.util.Set;

import app.limber.exercise.ExerciseQuery;
import app.limber.web.QueryBinder;
import app.limber.web.QueryParameter;
import app.limber.web.QueryString;

import org.springframework.stereotype.Component;

/**
 * Reads the parameters of {@code /suggestions} into a {@link SuggestionQuery}.
 */
@Component
class SuggestionQueryBinder implements QueryBinder<SuggestionQuery> {

	static final QueryParameter Q = QueryParameter.text("q", ExerciseQuery.MAX_QUERY, """
			What has been typed into the search box so far. Completes names and aliases from \
			their first or any later word ("bri" gives "Glute bridge"), with one typo allowed from \
			the fourth letter. Missing or blank: no suggestions.""", "pir");

	static final QueryParameter SIZE = QueryParameter.whole("size", 1, SuggestionQuery.MAX_SIZE,
			SuggestionQuery.DEFAULT_SIZE, "The most suggestions wanted.");

	@Override
	public Class<SuggestionQuery> type() {
		return SuggestionQuery.class;
	}

	@Override
	public List<QueryParameter> parameters(Set<String> pathVariables) {
		return List.of(Q, SIZE);
	}

	@Override
	public SuggestionQuery bind(QueryString query, Set<String> pathVariables) {
		String q = Q.text(query);
		return new SuggestionQuery((q != null) ? q : "", SIZE.whole(query));
	}

}
