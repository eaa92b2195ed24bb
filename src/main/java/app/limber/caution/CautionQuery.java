package app.limber.caution;

import java.util.List;

import app.limber.catalogue.model.CautionEntry;

/**
 * What a list of cautions is asked for.
 *
 * @param severities the severities to keep, as the contract spells them; empty for every
 * caution
 */
record CautionQuery(List<String> severities) {

	CautionQuery {
		severities = List.copyOf(severities);
	}

	boolean keeps(CautionEntry caution) {
		return this.severities.isEmpty() || this.severities.contains(caution.severity().value());
	}

}
