package app.limber.muscle;

import java.util.List;
import java.util.Set;

import app.limber.catalogue.wire.BodyRegion;
import app.limber.catalogue.wire.WireValue;
import app.limber.web.QueryBinder;
import app.limber.web.QueryParameter;
import app.limber.web.QueryString;

import org.springframework.stereotype.Component;

/**
 * Reads the parameters of {@code /muscles} into a {@link MuscleQuery}.
 */
@Component
class MuscleQueryBinder implements QueryBinder<MuscleQuery> {

	static final QueryParameter REGION = QueryParameter.list("region", WireValue.allowed(BodyRegion.class),
			"Only muscles in these body regions: repeat for any of several.", "glutes");

	@Override
	public Class<MuscleQuery> type() {
		return MuscleQuery.class;
	}

	@Override
	public List<QueryParameter> parameters(Set<String> pathVariables) {
		return List.of(REGION);
	}

	@Override
	public MuscleQuery bind(QueryString query, Set<String> pathVariables) {
		return new MuscleQuery(REGION.items(query, BodyRegion.class));
	}

}
