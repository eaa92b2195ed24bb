package app.limber.caution;

import java.util.List;
import java.util.Set;

import app.limber.catalogue.wire.Severity;
import app.limber.catalogue.wire.WireValue;
import app.limber.web.QueryBinder;
import app.limber.web.QueryParameter;
import app.limber.web.QueryString;

import org.springframework.stereotype.Component;

/**
 * Reads the parameters of {@code /cautions} into a {@link CautionQuery}.
 */
@Component
class CautionQueryBinder implements QueryBinder<CautionQuery> {

	static final QueryParameter SEVERITY = QueryParameter.list("severity", WireValue.allowed(Severity.class),
			"Only cautions of these severities: repeat for any of several.", "stop");

	@Override
	public Class<CautionQuery> type() {
		return CautionQuery.class;
	}

	@Override
	public List<QueryParameter> parameters(Set<String> pathVariables) {
		return List.of(SEVERITY);
	}

	@Override
	public CautionQuery bind(QueryString query, Set<String> pathVariables) {
		return new CautionQuery(SEVERITY.items(query, Severity.class));
	}

}
